package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The help of every command: a line break the text itself makes falls between sentences, never
 * inside one ("... in a" / "DuckDB database ...").
 */
class HelpTextTest {
  /** Wide enough that picocli wraps nothing: what breaks lines then is the text itself. */
  private static final int UNWRAPPED = 1000;

  private static List<CommandLine> commands() {
    List<CommandLine> out = new ArrayList<>();
    collect(new CommandLine(new Main()), out);
    return out;
  }

  private static void collect(CommandLine c, List<CommandLine> out) {
    out.add(c);
    for (Map.Entry<String, CommandLine> e : c.getSubcommands().entrySet()) {
      if (!out.contains(e.getValue())) collect(e.getValue(), out); // aliases name the same command
    }
  }

  private static boolean endsSentence(String line) {
    return line.strip().matches("(?s).*[.:!?)]$");
  }

  @Test
  void descriptionsBreakLinesOnlyBetweenSentences() {
    List<String> wrong = new ArrayList<>();
    for (CommandLine c : commands()) {
      c.setUsageHelpWidth(UNWRAPPED);
      String name = c.getCommandSpec().qualifiedName();
      CommandLine.Help help = c.getHelp();
      for (String line : help.description().split("\\R")) {
        if (!line.isBlank() && !endsSentence(line)) wrong.add(name + " description: " + line.strip());
      }
      String previous = null;
      for (String line : help.optionList().split("\\R")) {
        if (line.isBlank()) continue;
        // a line of the option list that names no option continues the description above it
        // (after an option alone on its line, picocli starts its description on the next)
        if (!line.strip().startsWith("-") && previous != null && !endsSentence(previous)
            && previous.strip().contains(" ")) {
          wrong.add(name + " option: " + previous.strip() + " / " + line.strip());
        }
        previous = line;
      }
    }
    assertEquals(List.of(), wrong);
    assertTrue(commands().size() >= 8, "every command is checked");
  }
}
