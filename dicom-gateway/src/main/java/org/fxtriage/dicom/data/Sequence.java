package org.fxtriage.dicom.data;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The items of a sequence element (VR SQ, PS3.5 §7.5). A live list: items added here get the
 * enclosing dataset as parent, so they inherit its Specific Character Set (PS3.5 §7.5.3).
 */
public final class Sequence extends AbstractList<Attributes> implements RandomAccess {
    private final Attributes parent;
    private final ArrayList<Attributes> items;

    Sequence(Attributes parent, int capacity) {
        this.parent = parent;
        this.items = new ArrayList<>(capacity);
    }

    /** The dataset that holds this sequence. */
    public Attributes parent() {
        return parent;
    }

    /** Appends a new empty item and returns it. */
    public Attributes addItem() {
        Attributes item = new Attributes();
        add(item);
        return item;
    }

    @Override
    public Attributes get(int index) {
        return items.get(index);
    }

    @Override
    public int size() {
        return items.size();
    }

    @Override
    public Attributes set(int index, Attributes item) {
        adopt(item);
        return items.set(index, item);
    }

    @Override
    public void add(int index, Attributes item) {
        adopt(item);
        items.add(index, item);
        modCount++;
    }

    @Override
    public Attributes remove(int index) {
        modCount++;
        return items.remove(index);
    }

    private void adopt(Attributes item) {
        Objects.requireNonNull(item, "item");
        if (item == parent || parent.hasAncestor(item)) {
            throw new IllegalArgumentException("a dataset cannot contain itself");
        }
        item.setParent(parent);
    }
}
