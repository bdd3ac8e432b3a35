package org.dateline.coding;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.dateline.model.Actor;
import org.dateline.model.Article;
import org.dateline.model.Document;
import org.dateline.nlp.NlpConfig;
import org.dateline.pipeline.Pipeline;
import org.dateline.resolve.Knowledge;

/** Events as "code SOURCE->TARGET" with full actor codes, for the tests of user dictionaries. */
final class ActorCodes {
  private ActorCodes() {}

  /** The text coded with this knowledge (its actors resolved with it too), events sorted. */
  static String events(Knowledge kb, String text, String date) {
    Article a = new Article("t", LocalDate.parse(date), null, null, null, text, 0, null, null, "test");
    Document doc = new Pipeline(NlpConfig.defaults(), kb).process(a);
    return doc.events().stream().map(e -> e.cameo() + " " + codes(e.source()) + "->" + codes(e.target()))
        .sorted().collect(Collectors.joining("; "));
  }

  private static String codes(List<Actor> actors) {
    return actors.stream().map(a -> String.valueOf(a.code())).sorted().collect(Collectors.joining(","));
  }
}
