package org.dateline.coding.petrarch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dateline.coding.petrarch.Discards.Scope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiscardsTest {
  @TempDir
  Path dir;

  private Discards read() throws IOException {
    Path f = dir.resolve("test.discards.txt");
    Files.writeString(f, """
        # sport and weather are no news of ours
        CRICKET   # a comment
        world_cup final
        +HAILSTORM
        +Tour de France
        """);
    return Discards.read(Discards.filesIn(dir));
  }

  @Test
  void sentencePhrasesAndStoryPhrases() throws IOException {
    Discards d = read();
    assertEquals(4, d.size());
    assertEquals(Scope.SENTENCE, d.scope(words("Oslo hosted a cricket match .")));
    assertEquals(Scope.SENTENCE, d.scope(words("They lost the World Cup final .")));
    assertEquals(Scope.STORY, d.scope(words("A hailstorm hit Bergen .")));
    assertEquals(Scope.STORY, d.scope(words("He won the Tour de France and a cricket cup .")));
  }

  @Test
  void wholeWordsInOrderOnly() throws IOException {
    Discards d = read();
    assertEquals(Scope.NONE, d.scope(words("The cricketers met the minister .")));
    assertEquals(Scope.NONE, d.scope(words("The final of the World Cup .")));
    assertEquals(Scope.SENTENCE, d.scope(words("the World_Cup_final")));
  }

  @Test
  void onlyDiscardFilesAreRead() throws IOException {
    Files.writeString(dir.resolve("test.verbs.txt"), "--- SELL [071] ---\nSELL\n");
    assertEquals(List.of(), Discards.filesIn(dir));
    assertEquals(Scope.NONE, Discards.NONE.scope(words("A hailstorm .")));
  }

  private static List<String> words(String s) {
    return List.of(s.split(" "));
  }
}
