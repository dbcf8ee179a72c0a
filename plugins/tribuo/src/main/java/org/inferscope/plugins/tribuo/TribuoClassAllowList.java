package org.inferscope.plugins.tribuo;

import java.io.ObjectInputFilter;
import java.util.Optional;
import java.util.Set;

/**
 * The classes a Java-serialized Tribuo model may hold: Tribuo's and OLCUT's own, and the plain
 * values and collections of java.lang, java.util and java.time they are built from. Everything else
 * (java.io.File, java.net.URL, third-party gadget libraries, the caller's classes) is rejected and
 * remembered, so the user learns which class was refused. Also bounds depth and array sizes.
 */
final class TribuoClassAllowList implements ObjectInputFilter {
    private static final long MAX_DEPTH = 10_000;
    private static final long MAX_ARRAY = 1L << 28;
    private static final Set<String> PACKAGES = Set.of("org.tribuo.", "com.oracle.labs.mlrg.olcut.");
    private static final Set<String> CLASSES = Set.of(
            "java.lang.Object", "java.lang.String", "java.lang.Number", "java.lang.Enum", "java.lang.Boolean",
            "java.lang.Byte", "java.lang.Character", "java.lang.Short", "java.lang.Integer", "java.lang.Long",
            "java.lang.Float", "java.lang.Double", "java.lang.String$CaseInsensitiveComparator",
            "java.util.ArrayList", "java.util.LinkedList", "java.util.ArrayDeque", "java.util.HashMap",
            "java.util.LinkedHashMap", "java.util.Map$Entry", "java.util.TreeMap", "java.util.EnumMap", "java.util.IdentityHashMap",
            "java.util.HashSet", "java.util.LinkedHashSet", "java.util.TreeSet", "java.util.BitSet",
            "java.util.Arrays$ArrayList", "java.util.CollSer", "java.util.Random", "java.util.SplittableRandom",
            "java.util.Collections$UnmodifiableCollection", "java.util.Collections$UnmodifiableList",
            "java.util.Collections$UnmodifiableRandomAccessList", "java.util.Collections$UnmodifiableSet",
            "java.util.Collections$UnmodifiableSortedSet", "java.util.Collections$UnmodifiableNavigableSet",
            "java.util.Collections$UnmodifiableMap", "java.util.Collections$UnmodifiableSortedMap",
            "java.util.Collections$UnmodifiableNavigableMap", "java.util.Collections$EmptyList",
            "java.util.Collections$EmptySet", "java.util.Collections$EmptyMap",
            "java.util.Collections$SingletonList", "java.util.Collections$SingletonSet",
            "java.util.Collections$SingletonMap", "java.util.Collections$ReverseComparator",
            "java.util.concurrent.atomic.AtomicInteger", "java.util.concurrent.atomic.AtomicLong",
            "java.time.Ser", "java.time.Instant", "java.time.LocalDate", "java.time.LocalTime",
            "java.time.LocalDateTime", "java.time.OffsetDateTime", "java.time.ZonedDateTime",
            "java.time.ZoneOffset", "java.time.ZoneRegion", "java.time.Duration");

    private String firstRefused;

    @Override
    public Status checkInput(FilterInfo info) {
        if (info.depth() > MAX_DEPTH || info.arrayLength() > MAX_ARRAY) {
            return Status.REJECTED;
        }
        Class<?> type = info.serialClass();
        if (type == null) {
            return Status.ALLOWED;
        }
        while (type.isArray()) {
            type = type.getComponentType();
        }
        if (type.isPrimitive() || isAllowed(type.getName())) {
            return Status.ALLOWED;
        }
        if (firstRefused == null) {
            firstRefused = type.getName();
        }
        return Status.REJECTED;
    }

    static boolean isAllowed(String className) {
        return CLASSES.contains(className) || PACKAGES.stream().anyMatch(className::startsWith);
    }

    /** The first class this filter rejected, if any. */
    Optional<String> firstRefused() {
        return Optional.ofNullable(firstRefused);
    }
}
