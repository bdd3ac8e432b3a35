package org.dateline.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dateline.resolve.Knowledge;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The --dict option shared by the commands that code: PETRARCH-format actor, agents and verb dictionaries. */
final class KnowledgeOptions {
  @Option(names = "--dict", paramLabel = "PATH",
      description = "PETRARCH-format dictionary file, or folder: *.actors.txt actors are added to the built-in "
          + "knowledge (their codes win for the names they give); *agents*.txt role nouns replace the built-in "
          + "sectors (words they do not define are no agents); a verb-pattern dictionary (*verbs*.txt, CAMEO*.txt) codes the verbs it knows before "
          + "the built-in lexicon; *discards*.txt phrases leave their sentence (with '+' their whole text) uncoded (repeatable)")
  List<Path> dictionaries = new ArrayList<>();

  Knowledge knowledge(CommandLine cmd) {
    if (dictionaries.isEmpty()) return Knowledge.get();
    for (Path p : dictionaries) {
      if (!Files.exists(p)) throw new CommandLine.ParameterException(cmd, "--dict: no such file or folder: " + p);
    }
    try {
      Knowledge kb = Knowledge.withDictionaries(dictionaries);
      kb.dictionaryProblems().forEach(w -> System.err.println("dateline: --dict: " + w));
      return kb;
    } catch (IOException e) {
      throw new CommandLine.ParameterException(cmd, "--dict: cannot read " + e.getMessage());
    }
  }
}
