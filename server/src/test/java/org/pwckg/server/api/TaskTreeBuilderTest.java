package org.pwckg.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.junit.jupiter.api.Test;
import org.pwckg.server.api.Views.TaskNode;
import org.pwckg.server.api.Views.TaskTree;
import org.pwckg.server.store.Row;

class TaskTreeBuilderTest {
  static final String B = "https://w3id.org/pwckg/";

  static Row row(String task, String parent) {
    BindingBuilder b = BindingBuilder.create();
    b.add(Var.alloc("task"), NodeFactory.createURI(B + "task/" + task));
    b.add(Var.alloc("label"), NodeFactory.createLiteralString(task.toUpperCase()));
    if (parent != null) b.add(Var.alloc("parent"), NodeFactory.createURI(B + "task/" + parent));
    return new Row(b.build());
  }

  static int size(TaskNode n) {
    return 1 + n.subtasks().stream().mapToInt(TaskTreeBuilderTest::size).sum();
  }

  @Test
  void a_shared_subtask_appears_once_and_loops_end_at_the_top() {
    TaskTreeBuilder builder = new TaskTreeBuilder();
    // a diamond (d under b and c) and a loop (x ⇄ y)
    for (Row r :
        new Row[] {
          row("a", null),
          row("b", "a"),
          row("c", "a"),
          row("d", "b"),
          row("d", "c"),
          row("x", "y"),
          row("y", "x")
        }) {
      builder.add(r);
    }
    TaskTree tree = builder.build(new Ids(B));
    int total =
        tree.areas().stream()
            .flatMap(a -> a.tasks().stream())
            .mapToInt(TaskTreeBuilderTest::size)
            .sum();
    assertThat(tree.count()).isEqualTo(6);
    assertThat(total).isEqualTo(6);
  }
}
