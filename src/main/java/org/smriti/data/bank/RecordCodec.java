package org.smriti.data.bank;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * A compact binary form of immutable records, walked by their declared component types: strings, whole numbers,
 * booleans, enums, lists, records and sealed interfaces of records. Generic, so a field added to a question record
 * needs no change here; {@link #shape} describes the records so a reader can tell that its classes are the ones
 * the data was written with. Values are rebuilt through the canonical constructors, so their checks run again.
 */
final class RecordCodec {

    private static final int NULL = -1;

    /** How to rebuild one record type: its components' types and its canonical constructor. */
    private record Rebuild(Type[] components, Constructor<?> constructor) {
    }

    private final Map<Class<?>, Rebuild> rebuilds = new HashMap<>();
    private final Map<String, Class<?>> classes = new HashMap<>();

    /** One line per record type reachable from {@code type}: its name and its components' types, in order. */
    static String shape(Type type) {
        Set<Class<?>> seen = new LinkedHashSet<>();
        collect(type, seen);
        StringJoiner lines = new StringJoiner("\n");
        for (Class<?> c : seen) {
            StringJoiner components = new StringJoiner(", ", c.getName() + "(", ")");
            for (RecordComponent rc : c.getRecordComponents()) {
                components.add(rc.getGenericType().getTypeName() + " " + rc.getName());
            }
            lines.add(components.toString());
        }
        return lines.toString();
    }

    private static void collect(Type type, Set<Class<?>> seen) {
        if (type instanceof ParameterizedType p) {
            for (Type argument : p.getActualTypeArguments()) {
                collect(argument, seen);
            }
            return;
        }
        Class<?> c = (Class<?>) type;
        if (c.isRecord() && seen.add(c)) {
            for (RecordComponent rc : c.getRecordComponents()) {
                collect(rc.getGenericType(), seen);
            }
        } else if (c.isSealed()) {
            for (Class<?> permitted : c.getPermittedSubclasses()) {
                collect(permitted, seen);
            }
        }
    }

    void write(DataOutputStream out, Type type, Object value) throws IOException {
        Class<?> raw = raw(type);
        if (raw == int.class) {
            out.writeInt((Integer) value);
        } else if (raw == boolean.class) {
            out.writeBoolean((Boolean) value);
        } else if (value == null) {
            out.writeInt(NULL);
        } else if (raw == String.class) {
            byte[] bytes = ((String) value).getBytes(StandardCharsets.UTF_8);
            out.writeInt(bytes.length);
            out.write(bytes);
        } else if (raw == Integer.class) {
            out.writeInt(0);
            out.writeInt((Integer) value);
        } else if (raw.isEnum()) {
            out.writeInt(((Enum<?>) value).ordinal());
        } else if (raw == List.class) {
            List<?> list = (List<?>) value;
            out.writeInt(list.size());
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            for (Object e : list) {
                write(out, element, e);
            }
        } else if (raw.isRecord() || raw.isSealed()) {
            writeRecord(out, raw, value);
        } else {
            throw new IllegalArgumentException("RecordCodec cannot write a " + type.getTypeName()
                    + "; teach it that type (and its reading) first");
        }
    }

    private void writeRecord(DataOutputStream out, Class<?> declared, Object value) throws IOException {
        Class<?> actual = value.getClass();
        // A sealed type's value names its record; a record's value is that record, so no name is needed.
        out.writeInt(0);
        if (declared != actual) {
            out.writeUTF(actual.getName());
        }
        for (RecordComponent rc : actual.getRecordComponents()) {
            try {
                write(out, rc.getGenericType(), rc.getAccessor().invoke(value));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + actual.getName() + "." + rc.getName(), e);
            }
        }
    }

    Object read(DataInputStream in, Type type) throws IOException {
        Class<?> raw = raw(type);
        if (raw == int.class) {
            return in.readInt();
        }
        if (raw == boolean.class) {
            return in.readBoolean();
        }
        int head = in.readInt();
        if (head == NULL) {
            return null;
        }
        if (raw == String.class) {
            return new String(in.readNBytes(head), StandardCharsets.UTF_8);
        }
        if (raw == Integer.class) {
            return in.readInt();
        }
        if (raw.isEnum()) {
            return raw.getEnumConstants()[head];
        }
        if (raw == List.class) {
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            List<Object> list = new ArrayList<>(head);
            for (int i = 0; i < head; i++) {
                list.add(read(in, element));
            }
            return Collections.unmodifiableList(list);
        }
        if (raw.isRecord() || raw.isSealed()) {
            return readRecord(in, raw.isRecord() ? raw : named(in.readUTF(), raw));
        }
        throw new IOException("RecordCodec cannot read a " + type.getTypeName());
    }

    private Object readRecord(DataInputStream in, Class<?> type) throws IOException {
        Rebuild rebuild = rebuild(type);
        Object[] values = new Object[rebuild.components().length];
        for (int i = 0; i < values.length; i++) {
            values[i] = read(in, rebuild.components()[i]);
        }
        try {
            return rebuild.constructor().newInstance(values);
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IOException("cannot rebuild a " + type.getName() + ": " + e.getCause(), e);
        }
    }

    /** Reflection is slow the first time and re-parses generic signatures on every call, so once per type. */
    private Rebuild rebuild(Class<?> type) throws IOException {
        Rebuild rebuild = rebuilds.get(type);
        if (rebuild == null) {
            RecordComponent[] components = type.getRecordComponents();
            Type[] types = new Type[components.length];
            Class<?>[] parameters = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getGenericType();
                parameters[i] = components[i].getType();
            }
            try {
                rebuild = new Rebuild(types, type.getDeclaredConstructor(parameters));
            } catch (NoSuchMethodException e) {
                throw new IOException(type.getName() + " has no canonical constructor", e);
            }
            rebuilds.put(type, rebuild);
        }
        return rebuild;
    }

    private Class<?> named(String name, Class<?> declared) throws IOException {
        Class<?> c = classes.get(name);
        if (c == null) {
            try {
                c = Class.forName(name, false, declared.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IOException("unknown record " + name, e);
            }
            if (!c.isRecord() || !declared.isAssignableFrom(c)) {
                throw new IOException(name + " is not a record of type " + declared.getName());
            }
            classes.put(name, c);
        }
        return c;
    }

    private static Class<?> raw(Type type) {
        return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    }
}
