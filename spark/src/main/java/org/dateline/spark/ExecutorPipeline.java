package org.dateline.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.SparkFiles;
import org.dateline.nlp.NlpConfig;
import org.dateline.pipeline.Pipeline;
import org.dateline.resolve.Knowledge;

/**
 * The one {@link Pipeline} of this JVM (an executor, or the driver in local mode): made by the
 * first task that needs it and reused by every later task, so the models load once per executor
 * and never per record. Pipeline is safe for the executor's task threads to share.
 */
final class ExecutorPipeline {
  private static Pipeline pipeline;
  private static String madeFor;

  private ExecutorPipeline() {}

  static synchronized Pipeline get(String nlp, List<String> dicts) {
    String key = nlp + " " + dicts;
    if (pipeline == null || !key.equals(madeFor)) {
      pipeline = new Pipeline(new NlpConfig(nlp), knowledge(dicts));
      madeFor = key;
    }
    return pipeline;
  }

  /** Where Spark put the files and folders added to the job under these names, on this executor. */
  static List<Path> shipped(List<String> names) {
    List<Path> local = new ArrayList<>();
    for (String name : names) local.add(Path.of(SparkFiles.get(name)));
    return local;
  }

  /** The built-in knowledge plus the --dict files, which Spark has copied to this executor. */
  private static Knowledge knowledge(List<String> dicts) {
    if (dicts.isEmpty()) return Knowledge.get();
    try {
      return Knowledge.withDictionaries(shipped(dicts));
    } catch (IOException e) {
      throw new UncheckedIOException("--dict: cannot read " + e.getMessage(), e);
    }
  }
}
