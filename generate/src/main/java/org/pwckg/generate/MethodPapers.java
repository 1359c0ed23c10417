package org.pwckg.generate;

import org.pwckg.generate.world.Method;
import org.pwckg.generate.world.PaperCore;
import org.pwckg.generate.world.World;

/** The introducing paper of every method, resolved once: papers embed methods millions of times. */
final class MethodPapers {
  private final PaperCore[] papers;

  MethodPapers(World world) {
    papers = new PaperCore[world.methods().size()];
    for (int m = 0; m < papers.length; m++) {
      Method method = world.methods().get(m);
      if (method.paper() >= 0) papers[m] = world.papers().core(method.paper());
    }
  }

  /** The paper method {@code m} was introduced in, or null. */
  PaperCore of(int m) {
    return papers[m];
  }
}
