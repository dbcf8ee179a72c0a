package org.inferscope.cli;

import java.time.Duration;
import org.inferscope.engine.api.BadInputException;
import picocli.CommandLine.ITypeConverter;

/** "90s", "5m", "1h", or plain seconds. */
final class DurationConverter implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
        String v = value.strip().toLowerCase(java.util.Locale.ROOT);
        try {
            if (v.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
            }
            long n = Long.parseLong(v.replaceAll("[smh]$", ""));
            return v.endsWith("h") ? Duration.ofHours(n) : v.endsWith("m") ? Duration.ofMinutes(n) : Duration.ofSeconds(n);
        } catch (NumberFormatException e) {
            throw new BadInputException("'" + value + "' is not a duration: write e.g. 90s, 5m or 1h.");
        }
    }
}
