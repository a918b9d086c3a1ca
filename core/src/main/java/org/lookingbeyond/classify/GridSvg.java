package org.lookingbeyond.classify;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import org.lookingbeyond.internal.TextEscapes;

/**
 * The SVG power/interest grid; see {@link ClassificationRenderer#svg()}. Coordinates are whole pixels
 * and the output depends on the classification alone.
 */
final class GridSvg implements ClassificationRenderer {
  static final GridSvg INSTANCE = new GridSvg();
  /** Organizations whose scores fall in one square this many points wide form one point. */
  static final double BIN = 5;
  static final int MAX_IDS = 25;
  private static final int X0 = 96;
  private static final int Y0 = 100;
  private static final int SIZE = 520;
  private static final int LEGEND_X = X0 + SIZE + 32;
  private static final int WIDTH = LEGEND_X + 270;
  private static final int HEIGHT = Y0 + SIZE + 64;
  private static final String NL = "\n";
  /** Fill colours by salience group, most salient first. */
  private static final Map<SalienceGroup, String> COLOURS = new EnumMap<>(Map.of(SalienceGroup.DEFINITIVE, "#c62828",
      SalienceGroup.EXPECTANT, "#ef6c00", SalienceGroup.LATENT, "#1565c0", SalienceGroup.NONE, "#9e9e9e",
      SalienceGroup.UNKNOWN, "#ffffff"));
  private static final List<SalienceGroup> RANK = List.of(SalienceGroup.DEFINITIVE, SalienceGroup.EXPECTANT,
      SalienceGroup.LATENT, SalienceGroup.NONE, SalienceGroup.UNKNOWN);

  private GridSvg() {}

  @Override
  public String mediaType() {
    return "image/svg+xml";
  }

  @Override
  public String fileExtension() {
    return "svg";
  }

  /** The organizations of one square of the grid. */
  private static final class Bin {
    final List<Integer> rows = new ArrayList<>();
    double x;
    double y;
  }

  static int bin(double score, double threshold) {
    return (int) Math.floor((score - threshold) / BIN);
  }

  static double centre(int bin, double threshold) {
    return Math.max(0, Math.min(100, threshold + (bin + 0.5) * BIN));
  }

  private static int px(double interest) {
    return X0 + (int) Math.round(interest / 100 * SIZE);
  }

  private static int py(double power) {
    return Y0 + SIZE - (int) Math.round(power / 100 * SIZE);
  }

  @Override
  public String render(Classification c) {
    ClassificationSettings s = c.policy().settings();
    double pt = s.powerThreshold();
    double it = s.interestThreshold();
    Map<Long, Bin> bins = new TreeMap<>();
    for (int i = 0; i < c.size(); i++) {
      int bx = bin(c.interestScore(i), it);
      int by = bin(c.powerScore(i), pt);
      // Highest power first, then left to right: a stable order for the document.
      long key = (1000L - by) * 10_000L + (bx + 1000L);
      Bin b = bins.computeIfAbsent(key, k -> new Bin());
      b.rows.add(i);
      b.x = centre(bx, it);
      b.y = centre(by, pt);
    }
    Portfolio p = c.portfolio();
    StringBuilder out = new StringBuilder();
    String title = "Power/interest grid, as of " + c.asOf();
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>").append(NL);
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(WIDTH)
        .append("\" height=\"").append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
        .append("\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\" role=\"img\"")
        .append(" aria-labelledby=\"grid-title\">").append(NL);
    out.append("<title id=\"grid-title\">").append(TextEscapes.xml(title)).append("</title>").append(NL);
    out.append("<desc>").append(TextEscapes.xml(c.size() + " organizations under " + c.policy().id() + " " + c.policy().version()
        + ": " + quadrantCounts(p))).append("</desc>").append(NL);
    rect(out, 0, 0, WIDTH, HEIGHT, "#ffffff", "");
    text(out, 16, 28, "start", "font-size=\"16\" font-weight=\"bold\"", title);
    text(out, 16, 50, "start", "", c.size() + " organizations under " + c.policy().id() + " " + c.policy().version()
        + "; high power from " + PolicyChecks.number(pt) + ", high interest from " + PolicyChecks.number(it));
    text(out, 16, 68, "start", "fill=\"#555555\"", "A point stands for the organizations whose scores fall in one "
        + PolicyChecks.number(BIN) + "-point square; its number says how many.");
    quadrants(out, pt, it, p);
    axes(out, pt, it);
    for (Bin b : bins.values()) {
      point(out, c, b);
    }
    legend(out);
    out.append("</svg>").append(NL);
    return out.toString();
  }

  private static String quadrantCounts(Portfolio p) {
    StringJoiner j = new StringJoiner(", ");
    p.byQuadrant().forEach((q, n) -> j.add(q + " " + n));
    return j.toString();
  }

  private static void quadrants(StringBuilder out, double pt, double it, Portfolio p) {
    int tx = px(it);
    int ty = py(pt);
    rect(out, X0, Y0, tx - X0, ty - Y0, "#e8f1fa", "");
    rect(out, tx, Y0, X0 + SIZE - tx, ty - Y0, "#fdeee6", "");
    rect(out, X0, ty, tx - X0, Y0 + SIZE - ty, "#f4f4f4", "");
    rect(out, tx, ty, X0 + SIZE - tx, Y0 + SIZE - ty, "#eaf5ea", "");
    label(out, X0 + 8, Y0 + 18, "start", tx - X0, ty - Y0, "KEEP SATISFIED", p.byQuadrant()
        .get(Quadrant.KEEP_SATISFIED));
    label(out, X0 + SIZE - 8, Y0 + 18, "end", X0 + SIZE - tx, ty - Y0, "KEY PLAYERS", p.byQuadrant()
        .get(Quadrant.KEY_PLAYER));
    label(out, X0 + 8, Y0 + SIZE - 10, "start", tx - X0, Y0 + SIZE - ty, "MINIMAL EFFORT", p.byQuadrant()
        .get(Quadrant.MINIMAL_EFFORT));
    label(out, X0 + SIZE - 8, Y0 + SIZE - 10, "end", X0 + SIZE - tx, Y0 + SIZE - ty, "KEEP INFORMED", p.byQuadrant()
        .get(Quadrant.KEEP_INFORMED));
  }

  /** A quadrant's label, left out where the quadrant is too small to hold it (a threshold of 0 or 100). */
  private static void label(StringBuilder out, int x, int y, String anchor, int width, int height, String name,
      Integer count) {
    if (width >= 120 && height >= 24) {
      text(out, x, y, anchor, "font-weight=\"bold\" fill=\"#444444\"", name + " (" + count + ")");
    }
  }

  private static void axes(StringBuilder out, double pt, double it) {
    for (int v = 0; v <= 100; v += 10) {
      line(out, px(v), Y0 + SIZE, px(v), Y0 + SIZE + 5, "#666666", "");
      text(out, px(v), Y0 + SIZE + 18, "middle", "fill=\"#444444\"", Integer.toString(v));
      line(out, X0 - 5, py(v), X0, py(v), "#666666", "");
      text(out, X0 - 8, py(v) + 4, "end", "fill=\"#444444\"", Integer.toString(v));
    }
    rect(out, X0, Y0, SIZE, SIZE, "none", "stroke=\"#666666\" stroke-width=\"1\"");
    line(out, px(it), Y0, px(it), Y0 + SIZE, "#333333", "stroke-dasharray=\"6 3\"");
    line(out, X0, py(pt), X0 + SIZE, py(pt), "#333333", "stroke-dasharray=\"6 3\"");
    text(out, X0 + SIZE / 2, Y0 + SIZE + 42, "middle", "font-weight=\"bold\"", "Interest score");
    int mx = X0 - 56;
    int my = Y0 + SIZE / 2;
    out.append("<text x=\"").append(mx).append("\" y=\"").append(my).append("\" text-anchor=\"middle\"")
        .append(" font-weight=\"bold\" transform=\"rotate(-90 ").append(mx).append(' ').append(my).append(")\">")
        .append("Power score</text>").append(NL);
  }

  private static void point(StringBuilder out, Classification c, Bin b) {
    Map<SalienceClass, Integer> classes = new TreeMap<>();
    SalienceGroup top = SalienceGroup.UNKNOWN;
    double minP = 100;
    double maxP = 0;
    double minI = 100;
    double maxI = 0;
    StringJoiner ids = new StringJoiner(", ");
    for (int k = 0; k < b.rows.size(); k++) {
      int row = b.rows.get(k);
      SalienceClass sc = c.salienceClass(row);
      classes.merge(sc, 1, Integer::sum);
      if (RANK.indexOf(sc.group()) < RANK.indexOf(top)) {
        top = sc.group();
      }
      minP = Math.min(minP, c.powerScore(row));
      maxP = Math.max(maxP, c.powerScore(row));
      minI = Math.min(minI, c.interestScore(row));
      maxI = Math.max(maxI, c.interestScore(row));
      if (k < MAX_IDS) {
        ids.add(c.organization(row).id());
      }
    }
    int n = b.rows.size();
    StringJoiner kinds = new StringJoiner(", ");
    classes.forEach((k, v) -> kinds.add(k + " " + v));
    String tip = n + (n == 1 ? " organization" : " organizations") + ": power " + range(minP, maxP) + ", interest "
        + range(minI, maxI) + "; " + kinds + "; " + ids + (n > MAX_IDS ? " and " + (n - MAX_IDS) + " more" : "");
    double r = Math.min(12, 3 + 2.2 * Math.sqrt(n));
    String fill = COLOURS.get(top);
    String stroke = top == SalienceGroup.UNKNOWN ? "stroke=\"#424242\" stroke-width=\"1.5\" stroke-dasharray=\"2 2\""
        : "stroke=\"#ffffff\" stroke-width=\"1\"";
    out.append("<g><title>").append(TextEscapes.xml(tip)).append("</title><circle cx=\"").append(px(b.x)).append("\" cy=\"")
        .append(py(b.y)).append("\" r=\"").append(PolicyChecks.number(Math.round(r * 10) / 10.0)).append("\" fill=\"")
        .append(fill).append("\" fill-opacity=\"0.9\" ").append(stroke).append("/>");
    if (n > 1) {
      boolean dark = top != SalienceGroup.UNKNOWN && top != SalienceGroup.NONE;
      out.append("<text x=\"").append(px(b.x)).append("\" y=\"").append(py(b.y) + 3)
          .append("\" text-anchor=\"middle\" font-size=\"9\" fill=\"").append(dark ? "#ffffff" : "#1a1a1a")
          .append("\">")
          .append(n).append("</text>");
    }
    out.append("</g>").append(NL);
  }

  private static String range(double min, double max) {
    return min == max ? PolicyChecks.number(min) : PolicyChecks.number(min) + "-" + PolicyChecks.number(max);
  }

  private static void legend(StringBuilder out) {
    text(out, LEGEND_X, Y0 + 4, "start", "font-weight=\"bold\"", "Most salient group in a point");
    int y = Y0 + 24;
    for (SalienceGroup g : RANK) {
      String stroke = g == SalienceGroup.UNKNOWN ? "stroke=\"#424242\" stroke-width=\"1.5\" stroke-dasharray=\"2 2\""
          : "stroke=\"#ffffff\" stroke-width=\"1\"";
      out.append("<circle cx=\"").append(LEGEND_X + 8).append("\" cy=\"").append(y).append("\" r=\"6\" fill=\"")
          .append(COLOURS.get(g)).append("\" ").append(stroke).append("/>").append(NL);
      text(out, LEGEND_X + 22, y + 4, "start", "", g.name());
      y += 22;
    }
    text(out, LEGEND_X, y + 10, "start", "fill=\"#555555\"", "Larger points hold more organizations;");
    text(out, LEGEND_X, y + 26, "start", "fill=\"#555555\"", "hover a point for their ids and classes.");
    text(out, LEGEND_X, y + 42, "start", "fill=\"#555555\"", "Dashed lines: the thresholds.");
  }

  private static void line(StringBuilder out, int x1, int y1, int x2, int y2, String colour, String extra) {
    out.append("<line x1=\"").append(x1).append("\" y1=\"").append(y1).append("\" x2=\"").append(x2)
        .append("\" y2=\"").append(y2).append("\" stroke=\"").append(colour).append('"')
        .append(extra.isEmpty() ? "" : " " + extra).append("/>").append(NL);
  }

  private static void rect(StringBuilder out, int x, int y, int w, int h, String fill, String extra) {
    out.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(Math.max(0, w))
        .append("\" height=\"").append(Math.max(0, h)).append("\" fill=\"").append(fill).append('"')
        .append(extra.isEmpty() ? "" : " " + extra).append("/>").append(NL);
  }

  private static void text(StringBuilder out, int x, int y, String anchor, String extra, String content) {
    out.append("<text x=\"").append(x).append("\" y=\"").append(y).append('"');
    if (!"start".equals(anchor)) {
      out.append(" text-anchor=\"").append(anchor).append('"');
    }
    if (!extra.isEmpty()) {
      out.append(' ').append(extra);
    }
    out.append('>').append(TextEscapes.xml(content)).append("</text>").append(NL);
  }
}
