package org.dateline.eval.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.dateline.model.Article;
import org.dateline.model.Document;
import org.dateline.model.TimeExpression;

/** A system that finds and normalises time expressions in a text written on {@code date}. */
@FunctionalInterface
public interface TimeTagger {
  List<Timex> times(String id, String text, LocalDate date);

  /** Dateline: the document's time expressions after the whole pipeline has run. */
  static TimeTagger of(Function<Article, Document> process) {
    return (id, text, date) -> {
      Article a = new Article(id, date, null, null, null, text, 0, null, Map.of(), id);
      List<Timex> out = new ArrayList<>();
      for (TimeExpression t : process.apply(a).times()) {
        out.add(new Timex(t.start(), t.end(), t.text(), t.type(), t.value()));
      }
      return out;
    };
  }
}
