package org.smriti.core.question;

import java.util.Optional;
import java.util.function.Function;

/** Looks up the enum constant a pack file names by its id ({@code "mcq"}, {@code "how-many"}, …). */
final class FileIds {

    private FileIds() {
    }

    static <E extends Enum<E>> Optional<E> find(E[] values, Function<E, String> idOf, String id) {
        for (E value : values) {
            if (idOf.apply(value).equals(id)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
