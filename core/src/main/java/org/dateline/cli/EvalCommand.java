package org.dateline.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dateline.eval.EvalResult;
import org.dateline.eval.Evaluation;
import org.dateline.eval.Evaluations;
import org.dateline.eval.QualityReport;
import org.dateline.nlp.NlpConfig;
import org.dateline.pipeline.Pipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"Scores Dateline against the gold sets in DATA/eval/ and prints, last, one JSON line per set: "
        + "{\"set\": ..., \"n\": ..., \"skipped\": ..., \"metrics\": {...}}. A malformed record is named on "
        + "standard error and skipped; the rest of its set is scored.", "SET is a folder name under eval/, or all."})
final class EvalCommand implements Callable<Integer> {
  @Parameters(paramLabel = "SET", arity = "1..*", description = "set names (folders under DATA/eval/), or all")
  List<String> sets;

  @Option(names = "--data", defaultValue = "../shared", description = "shared data folder (default: ${DEFAULT-VALUE})")
  Path data;

  @Option(names = "--out", defaultValue = "out/eval", description = "where error files go (default: ${DEFAULT-VALUE})")
  Path out;

  @Option(names = "--limit", defaultValue = "0", description = "at most N items per set (0: all)")
  int limit;

  @Option(names = "--report", paramLabel = "FILE", description = "also write the Markdown table here (docs/QUALITY.md)")
  Path report;

  @Option(names = "--nlp", defaultValue = NlpConfig.DEFAULT_PROFILE, description = "CoreNLP profile: coarse, fine, conll")
  String nlpProfile;

  @CommandLine.Mixin
  KnowledgeOptions knowledge = new KnowledgeOptions();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Map<String, Evaluation> known = Evaluations.all();
    List<Evaluation> chosen = new ArrayList<>();
    for (String s : sets) {
      if (s.equals("all")) {
        chosen.addAll(known.values());
      } else if (known.containsKey(s)) {
        chosen.add(known.get(s));
      } else {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "unknown set '" + s + "'; known: " + String.join(", ", known.keySet()) + ", all");
      }
    }
    Path evalDir = data.resolve("eval");
    if (!Files.isDirectory(evalDir)) {
      System.err.println("dateline: skipped: no gold sets at " + evalDir + " (give --data DIR)");
      return 0;
    }
    Files.createDirectories(out);
    Pipeline pipeline = new Pipeline(new NlpConfig(nlpProfile), knowledge.knowledge(spec.commandLine()));
    List<EvalResult> results = new ArrayList<>();
    int failed = 0;
    for (Evaluation e : chosen) {
      Path dir = evalDir.resolve(e.name());
      if (!Files.isDirectory(dir)) {
        System.err.println("dateline: skipped " + e.name() + ": " + dir + " is not there");
        continue;
      }
      long t0 = System.nanoTime();
      try {
        EvalResult r = e.run(dir, pipeline, out.resolve(e.name() + ".errors.jsonl"), limit);
        results.add(r);
        for (var skip : r.skipped()) System.err.println("dateline: " + r.set() + ": skipped " + skip);
        System.out.printf("%-28s n=%-6d skipped=%-4d %s  (%.0f s)%n", r.set(), r.n(), r.skipped().size(),
            QualityReport.metrics(r.metrics()), (System.nanoTime() - t0) / 1e9);
      } catch (IOException | RuntimeException ex) {
        failed++;
        System.err.println("dateline: " + e.name() + " failed: " + ex);
      }
    }
    ObjectMapper json = new ObjectMapper();
    for (EvalResult r : results) {
      ObjectNode o = json.createObjectNode();
      o.put("set", r.set());
      o.put("n", r.n());
      o.put("skipped", r.skipped().size());
      o.set("metrics", json.valueToTree(new LinkedHashMap<>(r.metrics())));
      System.out.println(json.writeValueAsString(o));
    }
    if (report != null) {
      // The whole command, so a row can be measured again as it was
      StringBuilder command = new StringBuilder("./dateline eval ").append(String.join(" ", sets));
      if (limit > 0) command.append(" --limit ").append(limit);
      if (!nlpProfile.equals(NlpConfig.DEFAULT_PROFILE)) command.append(" --nlp ").append(nlpProfile);
      for (Path d : knowledge.dictionaries) command.append(" --dict ").append(d);
      QualityReport.write(report, results, command.append(" --report ").append(report).toString());
    }
    return failed == 0 ? 0 : 1;
  }
}
