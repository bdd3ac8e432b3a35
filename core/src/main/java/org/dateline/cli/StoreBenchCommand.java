package org.dateline.cli;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.Callable;
import org.dateline.bench.StoreBenchReport;
import org.dateline.bench.StoreBenchmark;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "store", mixinStandardHelpOptions = true,
    description = {"Measures the store: loads coded records (what `dateline code` writes) into a fresh "
        + "database, then times typical queries and aggregates on it. Baselines in the same run: DuckDB "
        + "loading the same records as raw JSON, and one scan of the records per question."})
final class StoreBenchCommand implements Callable<Integer> {
  @Parameters(paramLabel = "CODED", arity = "1..*", description = "files or folders of coded records (JSON Lines)")
  List<String> coded;

  @Option(names = "--db", defaultValue = "target/bench-store.db",
      description = "database to create; an existing one is replaced (default: ${DEFAULT-VALUE})")
  Path db;

  @Option(names = "--repeats", defaultValue = "20", description = "timed runs per question (default: ${DEFAULT-VALUE})")
  int repeats;

  @Option(names = "--report", paramLabel = "FILE", description = "also write the section \"Store\" of this Markdown file")
  Path report;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (repeats < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--repeats must be 1 or more");
    StoreBenchmark.Result r;
    try {
      if (db.getParent() != null) java.nio.file.Files.createDirectories(db.getParent());
      r = StoreBenchmark.run(new StoreBenchmark.Options(coded, db, repeats, 3));
    } catch (SQLException e) {
      System.err.println("dateline: database " + db + ": " + e.getMessage());
      return 1;
    }
    String md = StoreBenchReport.markdown(r);
    System.out.println(md);
    if (report != null) {
      String command = "./dateline bench store " + String.join(" ", coded) + " --repeats " + repeats + " --report " + report;
      ReportSections.write(report, "Store", "Measured by\n\n    " + command + "\n\n" + md);
    }
    return 0;
  }
}
