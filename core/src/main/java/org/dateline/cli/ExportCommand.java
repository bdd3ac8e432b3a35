package org.dateline.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import org.dateline.store.GdeltExport;
import org.dateline.store.PloverExport;
import org.dateline.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Writes the stored events out: GDELT 2.0 event table (61 tab-separated columns) or mentions "
        + "table (16), PLOVER JSON Lines, or Parquet files of events and mentions (into a folder).",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:written", "1:no database or a database error", "2:bad usage"})
final class ExportCommand implements Callable<Integer> {
  enum Format { gdelt, mentions, plover, parquet }

  @Option(names = "--db", paramLabel = "FILE", defaultValue = "dateline.db", description = "database (default: ${DEFAULT-VALUE})")
  Path db;

  @Option(names = "--parquet", paramLabel = "DIR",
      description = "read the Parquet tables of `dateline spark code --out DIR` instead of a database")
  Path parquet;

  @Option(names = "--format", required = true, description = "gdelt (events), mentions (GDELT mentions), plover or parquet")
  Format format;

  @Option(names = "--all", description = "also events not told as having happened: denied (\"did not attack\"), "
      + "only supposed or still to come (hypothetical, conditional, future); left out by default, as GDELT does")
  boolean all;

  @Option(names = "--out", paramLabel = "PATH", description = "file to write (folder for parquet); standard output if absent")
  Path out;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (format == Format.parquet && out == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--out FOLDER is required for parquet");
    }
    try (Store store = parquet != null ? Store.openParquet(parquet) : Store.openReadOnly(db)) {
      if (format == Format.parquet) {
        PloverExport.parquet(store, out, all);
        return 0;
      }
      try (Writer w = writer()) {
        switch (format) {
          case gdelt -> GdeltExport.events(store.connection(), w, all);
          case mentions -> GdeltExport.mentions(store.connection(), w, all);
          default -> PloverExport.plover(store, w, all);
        }
      }
      return 0;
    } catch (SQLException e) {
      System.err.println("dateline: " + e.getMessage());
      return 1;
    }
  }

  private Writer writer() throws IOException {
    if (out != null) return Files.newBufferedWriter(out, StandardCharsets.UTF_8);
    return new BufferedWriter(new OutputStreamWriter(new java.io.FilterOutputStream(System.out) {
      @Override public void close() throws IOException { flush(); } // leave standard output open
    }, StandardCharsets.UTF_8));
  }
}
