package org.dateline.coding.speech;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Training, writing and reading the speech model's regression, on vectors made up here. */
class SoftmaxModelTest {
  private static final List<String> LABELS = List.of("a", "b", "c");

  /** A unit vector near axis {@code axis}, with some noise. */
  private static float[] near(int axis, Random random) {
    float[] x = new float[Encoder.DIMENSION];
    for (int i = 0; i < x.length; i++) x[i] = (float) (random.nextGaussian() * 0.05);
    x[axis] += 1;
    return x;
  }

  private static SoftmaxModel trained(List<float[]> xs, int[][] ys) {
    double[] weight = new double[xs.size()];
    java.util.Arrays.fill(weight, 1);
    return SoftmaxModel.train(LABELS, xs, ys, weight, 1e-4, 200, 0.05);
  }

  @Test
  void learnsClassesItIsShown() {
    Random random = new Random(1);
    List<float[]> xs = new ArrayList<>();
    List<int[]> ys = new ArrayList<>();
    for (int n = 0; n < 60; n++) {
      xs.add(near(n % 3, random));
      ys.add(new int[] {n % 3});
    }
    SoftmaxModel m = trained(xs, ys.toArray(new int[0][]));
    for (int c = 0; c < 3; c++) {
      double[] p = m.probabilities(near(c, random));
      assertEquals(c, SpeechTraining.argmax(p));
      assertTrue(p[c] > 0.8, "p=" + p[c]);
    }
  }

  @Test
  void aCoarseLabelSharesItsMassAmongItsClasses() {
    Random random = new Random(2);
    List<float[]> xs = new ArrayList<>();
    List<int[]> ys = new ArrayList<>();
    for (int n = 0; n < 40; n++) {
      xs.add(near(0, random));
      ys.add(new int[] {1, 2}); // "b or c", never "a"
    }
    double[] p = trained(xs, ys.toArray(new int[0][])).probabilities(near(0, random));
    assertTrue(p[1] + p[2] > 0.9, "b+c=" + (p[1] + p[2]));
    assertTrue(p[0] < 0.1, "a=" + p[0]);
  }

  @Test
  void writtenModelReadsBackTheSame() throws IOException {
    Random random = new Random(3);
    List<float[]> xs = List.of(near(0, random), near(1, random), near(2, random));
    SoftmaxModel m = trained(xs, new int[][] {{0}, {1}, {2}});
    StringWriter text = new StringWriter();
    m.write(new PrintWriter(text, true), List.of("a test model"));
    SoftmaxModel back = SoftmaxModel.read(new BufferedReader(new StringReader(text.toString())), "test", Encoder.DIMENSION);
    assertEquals(LABELS, back.labels);
    float[] x = near(1, random);
    assertArrayEquals(m.probabilities(x), back.probabilities(x), 1e-4);
  }

  @Test
  void aBrokenModelFileIsNamedWithItsLine() {
    String broken = "# a model\nlabels\ta\tb\na\t0.1\t0.2\n";
    IOException e = assertThrows(IOException.class,
        () -> SoftmaxModel.read(new BufferedReader(new StringReader(broken)), "model.tsv", Encoder.DIMENSION));
    assertTrue(e.getMessage().startsWith("model.tsv:3:"), e.getMessage());
  }
}
