package org.fxtriage.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.fxtriage.inference.predict.Box;

/**
 * A labelled image folder in the FracAtlas layout:
 * <pre>
 *   images/Fractured/*        label 1
 *   images/Non_fractured/*    label 0
 *   labels/boxes.csv          optional: image_id, xmin, ymin, xmax, ymax (pixels of the files as stored)
 *   labels/metadata.csv       optional: image_id, split (needed only to select a split)
 * </pre>
 */
record LabelledFolder(Path root, List<Item> items, boolean hasBoxes) {

    /** One image: its file, label, ground-truth boxes (may be empty). */
    record Item(String id, Path file, int label, List<Box> truth) {
    }

    static LabelledFolder read(Path root, String split) throws IOException, UsageException {
        Path images = root.resolve("images");
        if (!Files.isDirectory(images.resolve("Fractured")) && !Files.isDirectory(images.resolve("Non_fractured"))) {
            throw new UsageException(root + " is not a labelled folder: expected images/Fractured and images/Non_fractured");
        }
        Map<String, List<Box>> boxes = new HashMap<>();
        Path boxFile = root.resolve("labels/boxes.csv");
        boolean hasBoxes = Files.isRegularFile(boxFile);
        if (hasBoxes) {
            Csv csv = Csv.read(boxFile);
            for (String[] r : csv.rows()) {
                boxes.computeIfAbsent(csv.get(r, "image_id"), k -> new ArrayList<>()).add(new Box(
                        Double.parseDouble(csv.get(r, "xmin")), Double.parseDouble(csv.get(r, "ymin")),
                        Double.parseDouble(csv.get(r, "xmax")), Double.parseDouble(csv.get(r, "ymax")), 1.0));
            }
        }
        Map<String, String> splitOf = null;
        if (split != null) {
            Path meta = root.resolve("labels/metadata.csv");
            if (!Files.isRegularFile(meta)) {
                throw new UsageException("--split " + split + " needs labels/metadata.csv with a split column in " + root);
            }
            Csv csv = Csv.read(meta);
            if (!csv.has("split") || !csv.has("image_id")) {
                throw new UsageException(meta + " has no image_id/split columns, cannot select --split " + split);
            }
            splitOf = new HashMap<>();
            for (String[] r : csv.rows()) {
                splitOf.put(csv.get(r, "image_id"), csv.get(r, "split"));
            }
        }
        List<Item> items = new ArrayList<>();
        for (var dir : List.of(Map.entry("Fractured", 1), Map.entry("Non_fractured", 0))) {
            Path d = images.resolve(dir.getKey());
            if (!Files.isDirectory(d)) {
                continue;
            }
            try (Stream<Path> s = Files.list(d)) {
                for (Path f : s.filter(Files::isRegularFile)
                        .filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList()) {
                    String id = f.getFileName().toString();
                    if (splitOf != null && !split.equals(splitOf.get(id))) {
                        continue;
                    }
                    items.add(new Item(id, f, dir.getValue(), boxes.getOrDefault(id, List.of())));
                }
            }
        }
        if (items.isEmpty()) {
            throw new UsageException("no images to evaluate in " + images + (split != null ? " for split " + split : ""));
        }
        return new LabelledFolder(root, items, hasBoxes);
    }

    /** A small CSV reader (header row, comma separated, double-quoted fields). */
    record Csv(Map<String, Integer> columns, List<String[]> rows) {
        static Csv read(Path file) throws IOException {
            List<String> lines = Files.readAllLines(file);
            if (lines.isEmpty()) {
                throw new IOException(file + " is empty");
            }
            String[] header = split(lines.get(0));
            Map<String, Integer> cols = new HashMap<>();
            for (int i = 0; i < header.length; i++) {
                cols.put(header[i].trim().replace("\uFEFF", ""), i);
            }
            List<String[]> rows = new ArrayList<>();
            for (String l : lines.subList(1, lines.size())) {
                if (!l.isBlank()) {
                    rows.add(split(l));
                }
            }
            return new Csv(cols, rows);
        }

        boolean has(String col) {
            return columns.containsKey(col);
        }

        String get(String[] row, String col) throws IOException {
            Integer i = columns.get(col);
            if (i == null) {
                throw new IOException("CSV column '" + col + "' missing (have " + columns.keySet() + ")");
            }
            return i < row.length ? row[i].trim() : "";
        }

        static String[] split(String line) {
            List<String> out = new ArrayList<>();
            StringBuilder cur = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cur.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        cur.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    out.add(cur.toString());
                    cur.setLength(0);
                } else {
                    cur.append(c);
                }
            }
            out.add(cur.toString());
            return out.toArray(String[]::new);
        }
    }
}
