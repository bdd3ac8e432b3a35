package org.dateline.coding.speech;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;

/**
 * Sentence embeddings from all-MiniLM-L6-v2 (384 dimensions, Apache-2.0), run in-process by ONNX
 * Runtime from the model inside the langchain4j artifact. Vectors come out unit length, so a dot
 * product is a cosine. One ONNX session serves every thread.
 */
final class Encoder {
  static final int DIMENSION = 384;
  private final EmbeddingModel model;

  Encoder() {
    // The model class loads the ONNX file in its static initialiser, once per JVM.
    this.model = new AllMiniLmL6V2EmbeddingModel(Runnable::run);
  }

  float[] embed(String text) {
    float[] v = model.embed(text).content().vector();
    double norm = 0;
    for (float x : v) norm += x * x;
    norm = Math.sqrt(norm);
    if (norm > 0) {
      for (int i = 0; i < v.length; i++) v[i] /= (float) norm;
    }
    return v;
  }
}
