package org.fxtriage.inference.model;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the ONNX graph really declares for one input or output: element type (lower-case ONNX name, e.g.
 * {@code float32}) and shape ({@code -1} for a symbolic/dynamic dimension). {@code null} element type means
 * "not a tensor" (sequence, map).
 */
public record TensorSignature(String name, String elementType, long[] shape) {

    /** The inputs of a session, by name, in graph order. */
    public static Map<String, TensorSignature> inputsOf(OrtSession session) throws ai.onnxruntime.OrtException {
        return of(session.getInputInfo());
    }

    /** The outputs of a session, by name, in graph order. */
    public static Map<String, TensorSignature> outputsOf(OrtSession session) throws ai.onnxruntime.OrtException {
        return of(session.getOutputInfo());
    }

    private static Map<String, TensorSignature> of(Map<String, NodeInfo> infos) {
        Map<String, TensorSignature> out = new LinkedHashMap<>();
        for (NodeInfo n : infos.values()) {
            if (n.getInfo() instanceof TensorInfo t) {
                out.put(n.getName(), new TensorSignature(n.getName(), elementName(t.type), t.getShape()));
            } else {
                out.put(n.getName(), new TensorSignature(n.getName(), null, new long[0]));
            }
        }
        return out;
    }

    private static String elementName(ai.onnxruntime.OnnxJavaType type) {
        return switch (type) {
            case FLOAT -> "float32";
            case DOUBLE -> "float64";
            case FLOAT16 -> "float16";
            case BFLOAT16 -> "bfloat16";
            case INT8 -> "int8";
            case INT16 -> "int16";
            case INT32 -> "int32";
            case INT64 -> "int64";
            case UINT8 -> "uint8";
            case BOOL -> "bool";
            case STRING -> "string";
            default -> type.name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    @Override
    public String toString() {
        return name + ":" + elementType + Arrays.toString(shape);
    }
}
