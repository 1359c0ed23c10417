package org.pwckg.bench.reliability;

import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

/** The answers one attack got: a count per status, and the unexpected ones with examples. */
final class Tally {
  private static final int EXAMPLES = 5;

  private final Map<String, LongAdder> byStatus = new ConcurrentSkipListMap<>();
  private final LongAdder sent = new LongAdder();
  private final LongAdder unexpected = new LongAdder();
  private final Queue<String> examples = new ConcurrentLinkedQueue<>();

  void add(Shot shot, Answer answer) {
    add(shot, answer, "");
  }

  /** A shot whose connection failed: an answer only where the attack expects a closed one. */
  void failed(Shot shot, Exception e) {
    add(shot, Answer.closed(), " (" + e + ")");
  }

  private void add(Shot shot, Answer answer, String why) {
    sent.increment();
    byStatus.computeIfAbsent(answer.label(), k -> new LongAdder()).increment();
    if (shot.expected().test(answer)) return;
    unexpected.increment();
    if (examples.size() < EXAMPLES) examples.add(shot.what() + " → " + describe(answer) + why);
  }

  private static String describe(Answer a) {
    String body = a.body().substring(0, Math.min(200, a.body().length()));
    return a.label() + " " + a.header("content-type") + " " + body.replace('\n', ' ');
  }

  long sent() {
    return sent.sum();
  }

  long unexpected() {
    return unexpected.sum();
  }

  Queue<String> examples() {
    return examples;
  }

  /** e.g. {@code 503 × 12, 400 × 3}, the most frequent first. */
  String statuses() {
    return byStatus.entrySet().stream()
        .sorted((a, b) -> Long.compare(b.getValue().sum(), a.getValue().sum()))
        .map(e -> e.getKey() + " × " + e.getValue().sum())
        .collect(Collectors.joining(", "));
  }
}
