package org.smriti.data.bank;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
 * Each distinct string is written once and referred to after that (a note's file name, a cloze note's text and
 * quote recur in every card of it), so one codec writes or reads one stream, from its start.
 */
final class RecordCodec {

    private static final int NULL = -1;

    /** Reading each type, and rebuilding each record from its components: made on first use. */
    private final Map<Type, Reader> readers = new HashMap<>();
    private final Map<Class<?>, Reader> rebuilds = new HashMap<>();
    private final Map<String, Class<?>> classes = new HashMap<>();
    /** The strings written so far, by their number; and read so far, in that order. */
    private final Map<String, Integer> stringsWritten = new HashMap<>();
    private final List<String> stringsRead = new ArrayList<>();

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
            writeString(out, (String) value);
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

    private void writeString(DataOutputStream out, String value) throws IOException {
        Integer earlier = stringsWritten.putIfAbsent(value, stringsWritten.size());
        if (earlier != null) {
            out.writeInt(NULL - 1 - earlier);
        } else {
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            out.writeInt(bytes.length);
            out.write(bytes);
        }
    }

    private void writeRecord(DataOutputStream out, Class<?> declared, Object value) throws IOException {
        Class<?> actual = value.getClass();
        // A sealed type's value names its record (once, then by number, as any string); a record's value is that
        // record, so no name is needed.
        out.writeInt(0);
        if (declared != actual) {
            writeString(out, actual.getName());
        }
        for (RecordComponent rc : actual.getRecordComponents()) {
            try {
                write(out, rc.getGenericType(), rc.getAccessor().invoke(value));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + actual.getName() + "." + rc.getName(), e);
            }
        }
    }

    Object read(Input in, Type type) throws IOException {
        return reader(type).read(in);
    }

    /**
     * What the readers read from: bytes in memory, as {@link DataOutputStream} wrote them. Plain array reads, for a
     * start reads thousands of values before the JIT has compiled anything, and a stream's read is a call through
     * two synchronized layers for every byte.
     */
    static final class Input {
        private final byte[] bytes;
        private int position;

        Input(byte[] bytes) {
            this.bytes = bytes;
        }

        int position() {
            return position;
        }

        int readInt() throws EOFException {
            int at = take(4);
            return (bytes[at] & 0xFF) << 24 | (bytes[at + 1] & 0xFF) << 16 | (bytes[at + 2] & 0xFF) << 8
                    | bytes[at + 3] & 0xFF;
        }

        boolean readBoolean() throws EOFException {
            return bytes[take(1)] != 0;
        }

        /** {@code length} bytes as UTF-8. */
        String readString(int length) throws EOFException {
            return new String(bytes, take(length), length, StandardCharsets.UTF_8);
        }

        /** A string as {@link DataOutputStream#writeUTF} wrote it. */
        String readUTF() throws IOException {
            int at = take(2);
            int length = (bytes[at] & 0xFF) << 8 | bytes[at + 1] & 0xFF;
            take(length);
            return new DataInputStream(new ByteArrayInputStream(bytes, at, length + 2)).readUTF();
        }

        private int take(int count) throws EOFException {
            if (count < 0 || count > bytes.length - position) {
                throw new EOFException("the data ends at byte " + bytes.length + ", " + count + " more were expected");
            }
            int at = position;
            position += count;
            return at;
        }
    }

    /**
     * Reads one value of a type. Reading is a tree of these, made once per type, rather than one method that looks
     * at the type for every value: each is small, so the JIT compiles them quickly, where it took over a second of
     * a start's CPU to compile one method walking 3,000 questions.
     */
    private interface Reader {
        Object read(Input in) throws IOException;
    }

    private Reader reader(Type type) throws IOException {
        Reader known = readers.get(type);
        if (known != null) {
            return known;
        }
        Reader[] made = new Reader[1];
        readers.put(type, in -> made[0].read(in)); // a record that holds its own type meets this while being made
        made[0] = newReader(type);
        readers.put(type, made[0]);
        return made[0];
    }

    private Reader newReader(Type type) throws IOException {
        Class<?> raw = raw(type);
        if (raw == int.class) {
            return Input::readInt;
        }
        if (raw == boolean.class) {
            return Input::readBoolean;
        }
        if (raw == String.class) {
            return in -> {
                int length = in.readInt();
                if (length < NULL) {
                    return stringsRead.get(NULL - 1 - length);
                }
                if (length == NULL) {
                    return null;
                }
                String string = in.readString(length);
                stringsRead.add(string);
                return string;
            };
        }
        if (raw == Integer.class) {
            return in -> in.readInt() == NULL ? null : in.readInt();
        }
        if (raw.isEnum()) {
            Object[] constants = raw.getEnumConstants();
            return in -> {
                int ordinal = in.readInt();
                return ordinal == NULL ? null : constants[ordinal];
            };
        }
        if (raw == List.class) {
            Reader element = reader(((ParameterizedType) type).getActualTypeArguments()[0]);
            return in -> {
                int size = in.readInt();
                if (size == NULL) {
                    return null;
                }
                Object[] elements = new Object[size];
                for (int i = 0; i < size; i++) {
                    elements[i] = element.read(in);
                }
                // An unmodifiable list that List.copyOf, which records call on their lists, takes as it is.
                return List.of(elements);
            };
        }
        if (raw.isRecord()) {
            Reader components = components(raw);
            return in -> in.readInt() == NULL ? null : components.read(in);
        }
        if (raw.isSealed()) {
            Reader name = reader(String.class);
            return in -> in.readInt() == NULL ? null : components(named((String) name.read(in), raw)).read(in);
        }
        throw new IOException("RecordCodec cannot read a " + type.getTypeName());
    }

    /** Reads a record's components and rebuilds it through its canonical constructor. */
    private Reader components(Class<?> type) throws IOException {
        Reader known = rebuilds.get(type);
        if (known != null) {
            return known;
        }
        RecordComponent[] components = type.getRecordComponents();
        Reader[] readers = new Reader[components.length];
        Class<?>[] parameters = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            parameters[i] = components[i].getType();
        }
        Constructor<?> constructor;
        try {
            constructor = type.getDeclaredConstructor(parameters);
            constructor.setAccessible(true); // spares each call the check of who calls (a walk of the stack)
        } catch (NoSuchMethodException | RuntimeException e) {
            throw new IOException(type.getName() + " has no canonical constructor it can call", e);
        }
        Reader rebuild = in -> {
            Object[] values = new Object[readers.length];
            for (int i = 0; i < values.length; i++) {
                values[i] = readers[i].read(in);
            }
            try {
                return constructor.newInstance(values);
            } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
                throw new IOException("cannot rebuild a " + type.getName() + ": " + e.getCause(), e);
            }
        };
        rebuilds.put(type, rebuild);
        for (int i = 0; i < components.length; i++) {
            readers[i] = reader(components[i].getGenericType());
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
