package org.fxtriage.inference.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Checks a card against the graph's real inputs and outputs (DESIGN.md §5): the runtime refuses to start
 * with a package whose card describes a different model, because every later step (preprocessing size,
 * heatmap geometry, which output is the score) trusts the card.
 */
public final class CardValidator {
    private CardValidator() {
    }

    /**
     * @throws ModelPackageException naming every mismatch found
     */
    public static void validate(ModelCard card, Map<String, TensorSignature> graphInputs,
                                Map<String, TensorSignature> graphOutputs) throws ModelPackageException {
        List<String> problems = mismatches(card, graphInputs, graphOutputs);
        if (!problems.isEmpty()) {
            throw new ModelPackageException("model card " + card.id() + " does not match model.onnx: "
                    + String.join("; ", problems));
        }
    }

    /** Every mismatch between card and graph (empty when they agree). */
    public static List<String> mismatches(ModelCard card, Map<String, TensorSignature> graphInputs,
                                          Map<String, TensorSignature> graphOutputs) {
        List<String> p = new ArrayList<>();
        ModelCard.Input in = card.input();
        if (graphInputs.size() != 1) {
            p.add("the graph has " + graphInputs.size() + " inputs " + graphInputs.keySet()
                    + ", the runtime feeds exactly one");
        }
        TensorSignature gi = graphInputs.get(in.name());
        if (gi == null) {
            p.add("input '" + in.name() + "' declared by the card is not a graph input (graph inputs: "
                    + graphInputs.keySet() + ")");
        } else {
            compare("input '" + in.name() + "'", in.elementType(), in.shape(), gi, p);
        }
        ModelCard.Output logit = card.outputs().logit();
        checkOutput("logit", logit.name(), logit.shape(), graphOutputs, p);
        ModelCard.Heatmap hm = card.outputs().heatmap();
        if (hm != null) {
            checkOutput("heatmap", hm.name(), hm.shape(), graphOutputs, p);
        }
        return p;
    }

    private static void checkOutput(String role, String name, long[] cardShape, Map<String, TensorSignature> outputs,
                                    List<String> p) {
        TensorSignature go = outputs.get(name);
        if (go == null) {
            p.add(role + " output '" + name + "' declared by the card is not a graph output (graph outputs: "
                    + outputs.keySet() + ")");
            return;
        }
        compare(role + " output '" + name + "'", "float32", cardShape, go, p);
    }

    /**
     * Element type must be equal and ranks equal. Axis 0 is the batch: the card says -1 and the graph must
     * not fix it above 1. Other axes: a fixed graph dimension must equal the card's; a symbolic graph
     * dimension is accepted and checked against the card by the warm-up run.
     */
    private static void compare(String what, String cardType, long[] cardShape, TensorSignature g, List<String> p) {
        if (g.elementType() == null) {
            p.add(what + " is not a tensor in the graph");
            return;
        }
        if (!g.elementType().equals(cardType)) {
            p.add(what + " element type: card says " + cardType + ", graph has " + g.elementType());
        }
        long[] gs = g.shape();
        if (cardShape.length != gs.length) {
            p.add(what + " rank: card says " + cardShape.length + " " + Arrays.toString(cardShape) + ", graph has "
                    + gs.length + " " + Arrays.toString(gs));
            return;
        }
        for (int d = 0; d < gs.length; d++) {
            long c = cardShape[d];
            long q = gs[d];
            if (d == 0) {
                if (c >= 0 && q >= 0 && c != q) {
                    p.add(what + " batch dimension: card says " + c + ", graph has " + q);
                } else if (c < 0 && q > 1) {
                    p.add(what + " batch dimension: card says dynamic, graph fixes it to " + q);
                }
                continue;
            }
            if (c < 0 && q >= 0) {
                p.add(what + " dimension " + d + ": card says dynamic, graph fixes it to " + q
                        + " (only the batch axis may be dynamic)");
            } else if (c >= 0 && q >= 0 && c != q) {
                p.add(what + " dimension " + d + ": card says " + c + ", graph has " + q);
            }
            // c fixed, q symbolic: allowed here; the warm-up run checks the real output shape.
        }
    }
}
