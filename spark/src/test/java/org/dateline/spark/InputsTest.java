package org.dateline.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dateline.ingest.IngestOptions;
import org.dateline.nlp.NlpConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Reading and keying the job's inputs (no coding): JSON Lines and Parquet of the same records agree. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InputsTest {
  private SparkSession spark;
  private Path work;

  @BeforeAll
  void start() throws Exception {
    spark = SparkMain.session("local[2]");
    Path root = Path.of(System.getProperty("dateline.root", "..")).toAbsolutePath().normalize();
    work = root.resolve("spark/target/inputs-test");
    SparkBench.delete(work);
    Files.createDirectories(work);
  }

  @AfterAll
  void stop() {
    spark.stop();
  }

  @Test
  void parquetRowsReadAsTheirJsonLines() throws Exception {
    Path root = Path.of(System.getProperty("dateline.root", "..")).toAbsolutePath().normalize();
    Path jsonl = root.resolve("samples/feed.jsonl");
    Path parquet = work.resolve("feed.parquet");
    spark.read().json(jsonl.toString()).coalesce(1).write().parquet(parquet.toString());
    List<String> fromJson = keys(jsonl);
    List<String> fromParquet = keys(parquet);
    assertEquals(3, fromJson.size());
    assertEquals(fromJson, fromParquet);
  }

  @Test
  void missingAndEmptyInputsAreNamed() throws Exception {
    Files.write(work.resolve("empty.jsonl"), new byte[0]);
    List<Inputs.Missing> missing = new ArrayList<>();
    List<Inputs.InputFile> files = Inputs.list(spark.sparkContext().hadoopConfiguration(),
        List.of(work.resolve("empty.jsonl").toString(), work.resolve("nothing-here").toString()), missing);
    Inputs.read(spark, files, missing);
    assertEquals(List.of("not found", "empty"), missing.stream().map(Inputs.Missing::reason).toList());
  }

  /** "id line content_hash" of each record read, in line order. */
  private List<String> keys(Path input) throws Exception {
    List<Inputs.Missing> missing = new ArrayList<>();
    List<Inputs.InputFile> files = Inputs.list(spark.sparkContext().hadoopConfiguration(), List.of(input.toString()), missing);
    JobOptions o = new JobOptions(List.of(input.toString()), work.toString(), 3, NlpConfig.DEFAULT_PROFILE, List.of(), null,
        null, IngestOptions.DEFAULT_MAX_BYTES, 0);
    Dataset<Row> parsed = CodingStage.parse(spark, Inputs.read(spark, files, missing), o);
    List<String> out = new ArrayList<>();
    for (Row r : parsed.orderBy("line").collectAsList()) {
      out.add(r.getAs("id") + " " + r.getAs("line") + " " + r.getAs("content_hash") + " " + r.getAs("reason"));
    }
    return out;
  }
}
