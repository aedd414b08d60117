package org.fxtriage.gateway;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps records in memory, with an optional capacity after which it answers {@link StoreOutcome#FULL}.
 * Not durable: for tests and for embedding where the caller persists elsewhere.
 */
public final class InMemoryStoreHandler implements StoreHandler {
    private final int capacity;
    private final Map<String, StoredInstance> records = new LinkedHashMap<>();

    public InMemoryStoreHandler() {
        this(Integer.MAX_VALUE);
    }

    public InMemoryStoreHandler(int capacity) {
        this.capacity = capacity;
    }

    @Override
    public synchronized StoreOutcome record(StoredInstance instance) {
        if (records.containsKey(instance.sopInstanceUid())) {
            return StoreOutcome.DUPLICATE;
        }
        if (records.size() >= capacity) {
            return StoreOutcome.FULL;
        }
        records.put(instance.sopInstanceUid(), instance);
        return StoreOutcome.RECORDED;
    }

    public synchronized List<StoredInstance> records() {
        return new ArrayList<>(records.values());
    }
}
