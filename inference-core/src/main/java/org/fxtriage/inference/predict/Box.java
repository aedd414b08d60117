package org.fxtriage.inference.predict;

/** A suspected-fracture box in source-image pixels ({@code x0 < x1}, {@code y0 < y1}) with its score (max cell probability). */
public record Box(double x0, double y0, double x1, double y1, double score) {

    public double area() {
        return Math.max(0, x1 - x0) * Math.max(0, y1 - y0);
    }

    /** Intersection over union with another box. */
    public double iou(Box o) {
        double ix = Math.max(0, Math.min(x1, o.x1) - Math.max(x0, o.x0));
        double iy = Math.max(0, Math.min(y1, o.y1) - Math.max(y0, o.y0));
        double inter = ix * iy;
        double union = area() + o.area() - inter;
        return union > 0 ? inter / union : 0;
    }
}
