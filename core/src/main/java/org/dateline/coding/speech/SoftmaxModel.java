package org.dateline.coding.speech;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Multinomial logistic regression: one weight vector and bias per class, softmax over the scores.
 * Trained by full-batch Adam with L2 regularisation; the data here are a thousand or so vectors of
 * a few hundred dimensions, so nothing cleverer is needed.
 */
final class SoftmaxModel {
  final List<String> labels;
  private final double[][] weights; // [class][dimension]
  private final double[] bias;

  SoftmaxModel(List<String> labels, double[][] weights, double[] bias) {
    this.labels = List.copyOf(labels);
    this.weights = weights;
    this.bias = bias;
  }

  /** Class probabilities, in the order of {@link #labels}. */
  double[] probabilities(float[] x) {
    double[] z = new double[labels.size()];
    for (int c = 0; c < z.length; c++) {
      double s = bias[c];
      double[] w = weights[c];
      for (int i = 0; i < x.length; i++) s += w[i] * x[i];
      z[c] = s;
    }
    return softmax(z);
  }

  private static double[] softmax(double[] z) {
    double max = Arrays.stream(z).max().orElse(0);
    double sum = 0;
    double[] p = new double[z.length];
    for (int c = 0; c < z.length; c++) {
      p[c] = Math.exp(z[c] - max);
      sum += p[c];
    }
    for (int c = 0; c < z.length; c++) p[c] /= sum;
    return p;
  }

  /**
   * Fits the model by full-batch Adam. Example n may be any of the classes {@code ys[n]}: its loss
   * is minus the log of their summed probability, so a coarse label ("verbal conflict") teaches
   * as much as it knows. {@code weight[n]} scales example n's loss (classes are balanced that
   * way); {@code l2} is the penalty on the weights, not the biases.
   */
  static SoftmaxModel train(List<String> labels, List<float[]> xs, int[][] ys, double[] weight,
                            double l2, int epochs, double rate) {
    int k = labels.size();
    int d = xs.get(0).length;
    double[][] w = new double[k][d];
    double[] b = new double[k];
    double total = Arrays.stream(weight).sum();
    SoftmaxModel m = new SoftmaxModel(labels, w, b);
    Adam adam = new Adam(k * (d + 1), rate);
    double[] grad = new double[k * (d + 1)];
    for (int epoch = 0; epoch < epochs; epoch++) {
      Arrays.fill(grad, 0);
      for (int n = 0; n < xs.size(); n++) {
        float[] x = xs.get(n);
        double[] p = m.probabilities(x);
        double allowed = 0;
        for (int c : ys[n]) allowed += p[c];
        double[] target = new double[k];
        for (int c : ys[n]) target[c] = p[c] / allowed;
        for (int c = 0; c < k; c++) {
          double g = (p[c] - target[c]) * weight[n] / total;
          int base = c * (d + 1);
          grad[base + d] += g;
          for (int i = 0; i < d; i++) grad[base + i] += g * x[i];
        }
      }
      for (int c = 0; c < k; c++) {
        for (int i = 0; i < d; i++) grad[c * (d + 1) + i] += l2 * w[c][i];
      }
      double[] step = adam.step(grad);
      for (int c = 0; c < k; c++) {
        int base = c * (d + 1);
        for (int i = 0; i < d; i++) w[c][i] -= step[base + i];
        b[c] -= step[base + d];
      }
    }
    return m;
  }

  /** Adam's step from a gradient (Kingma and Ba's defaults beside the rate). */
  private static final class Adam {
    private final double[] m;
    private final double[] v;
    private final double rate;
    private int t;

    Adam(int size, double rate) {
      this.m = new double[size];
      this.v = new double[size];
      this.rate = rate;
    }

    double[] step(double[] g) {
      t++;
      double[] out = new double[g.length];
      double c1 = 1 - Math.pow(0.9, t);
      double c2 = 1 - Math.pow(0.999, t);
      for (int i = 0; i < g.length; i++) {
        m[i] = 0.9 * m[i] + 0.1 * g[i];
        v[i] = 0.999 * v[i] + 0.001 * g[i] * g[i];
        out[i] = rate * (m[i] / c1) / (Math.sqrt(v[i] / c2) + 1e-8);
      }
      return out;
    }
  }

  /** Writes the model as text: a comment header, a labels line, then one line per class. */
  void write(PrintWriter out, List<String> header) {
    for (String h : header) out.println("# " + h);
    out.println("labels\t" + String.join("\t", labels));
    for (int c = 0; c < labels.size(); c++) {
      StringBuilder sb = new StringBuilder(labels.get(c)).append('\t');
      sb.append(String.format(Locale.ROOT, "%.6g", bias[c]));
      for (double v : weights[c]) sb.append('\t').append(String.format(Locale.ROOT, "%.6g", v));
      out.println(sb);
    }
  }

  /** Reads a model written by {@link #write}, whose classes each weigh {@code dimension} features. */
  static SoftmaxModel read(BufferedReader in, String name, int dimension) throws IOException {
    List<String> labels = null;
    List<double[]> rows = new ArrayList<>();
    List<Double> biases = new ArrayList<>();
    String line;
    int n = 0;
    while ((line = in.readLine()) != null) {
      n++;
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] cells = line.split("\t");
      if (labels == null) {
        if (!cells[0].equals("labels")) throw new IOException(name + ":" + n + ": expected the labels line");
        labels = List.of(Arrays.copyOfRange(cells, 1, cells.length));
        continue;
      }
      if (cells.length != dimension + 2 || !cells[0].equals(labels.get(rows.size()))) {
        throw new IOException(name + ":" + n + ": expected class " + labels.get(Math.min(rows.size(), labels.size() - 1))
            + " with a bias and " + dimension + " weights");
      }
      biases.add(Double.parseDouble(cells[1]));
      double[] w = new double[dimension];
      for (int i = 0; i < w.length; i++) w[i] = Double.parseDouble(cells[i + 2]);
      rows.add(w);
    }
    if (labels == null || rows.size() != labels.size()) throw new IOException(name + ": incomplete model");
    double[] b = biases.stream().mapToDouble(Double::doubleValue).toArray();
    return new SoftmaxModel(labels, rows.toArray(new double[0][]), b);
  }
}
