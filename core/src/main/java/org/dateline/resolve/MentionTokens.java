package org.dateline.resolve;

import java.util.List;
import org.dateline.model.Document;
import org.dateline.model.Mention;
import org.dateline.model.Token;

/** Where a mention stands among its sentence's tokens. */
final class MentionTokens {
  private MentionTokens() {}

  /** Whether the word just before the mention is capitalised, as a title before a name is. */
  static boolean capitalisedBefore(Document doc, Mention m) {
    List<Token> tokens = doc.sentences().get(m.sentence()).tokens();
    int i = indexBefore(tokens, m);
    return i >= 0 && Character.isUpperCase(tokens.get(i).word().charAt(0));
  }

  /** Index of the last token that ends before the mention, or -1. */
  static int indexBefore(List<Token> tokens, Mention m) {
    int i = tokens.size() - 1;
    while (i >= 0 && tokens.get(i).end() > m.start()) i--;
    return i;
  }

  /** Index of the first token that starts at or after the mention's end (the size when none). */
  static int indexAfter(List<Token> tokens, Mention m) {
    int i = 0;
    while (i < tokens.size() && tokens.get(i).start() < m.end()) i++;
    return i;
  }
}
