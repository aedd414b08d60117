package org.fxtriage.inference.predict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.fxtriage.inference.image.Letterbox;

/**
 * Heatmap → boxes (MODEL_PACKAGE.md "Heatmap"): cells with {@code sigmoid(cell) ≥ threshold} → 8-connected
 * components → each component's cell rectangle, mapped back through the letterbox to source pixels; score
 * = max cell probability; components smaller than {@code minCells} dropped; sorted by descending score,
 * ties by the component's first cell in row-major order (the training side's rule).
 */
public final class HeatmapBoxes {
    private HeatmapBoxes() {
    }

    /**
     * @param logits   {@code gridH × gridW} cell logits, row-major, starting at {@code offset}
     * @param stride   canvas pixels per cell
     */
    public static List<Box> extract(float[] logits, int offset, int gridH, int gridW, int stride, Letterbox geometry,
                                    double threshold, int minCells) {
        double[] prob = new double[gridH * gridW];
        boolean[] on = new boolean[prob.length];
        for (int i = 0; i < prob.length; i++) {
            prob[i] = TriagePolicy.sigmoid(logits[offset + i]);
            on[i] = prob[i] >= threshold;
        }
        boolean[] seen = new boolean[prob.length];
        int[] stack = new int[prob.length];
        record Found(Box box, int first) {
        }
        List<Found> found = new ArrayList<>();
        for (int start = 0; start < prob.length; start++) {
            if (!on[start] || seen[start]) {
                continue;
            }
            int sp = 0;
            stack[sp++] = start;
            seen[start] = true;
            int cells = 0;
            int r0 = Integer.MAX_VALUE, r1 = -1, c0 = Integer.MAX_VALUE, c1 = -1, first = Integer.MAX_VALUE;
            double best = 0;
            while (sp > 0) {
                int cell = stack[--sp];
                int r = cell / gridW;
                int c = cell % gridW;
                cells++;
                r0 = Math.min(r0, r);
                r1 = Math.max(r1, r);
                c0 = Math.min(c0, c);
                c1 = Math.max(c1, c);
                first = Math.min(first, cell);
                best = Math.max(best, prob[cell]);
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int rr = r + dy;
                        int cc = c + dx;
                        if (rr >= 0 && rr < gridH && cc >= 0 && cc < gridW) {
                            int n = rr * gridW + cc;
                            if (on[n] && !seen[n]) {
                                seen[n] = true;
                                stack[sp++] = n;
                            }
                        }
                    }
                }
            }
            if (cells < minCells) {
                continue;
            }
            double x0 = geometry.toSourceX((double) c0 * stride);
            double x1 = geometry.toSourceX((double) (c1 + 1) * stride);
            double y0 = geometry.toSourceY((double) r0 * stride);
            double y1 = geometry.toSourceY((double) (r1 + 1) * stride);
            if (x1 > x0 && y1 > y0) {
                found.add(new Found(new Box(x0, y0, x1, y1, best), first));
            }
        }
        found.sort(Comparator.comparingDouble((Found f) -> -f.box().score()).thenComparingInt(Found::first));
        return found.stream().map(Found::box).toList();
    }
}
