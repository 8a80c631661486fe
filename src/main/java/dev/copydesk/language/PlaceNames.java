package dev.copydesk.language;

import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The names one place goes by in the accepted languages ("Putin" is a person, but "Beijing", "Pékin", "Pekín" and
 * "Peking" are one city; "Hungary" and "Hongrie" one country), so that a translation naming a place in its own
 * language keeps the name. Countries, regions and continents come from ICU's display names (CLDR), cities from ICU's
 * time-zone city names, and the rest from {@code language/place-names.txt}. Names are folded (case, accents,
 * hyphens as spaces).
 */
public final class PlaceNames {

    private static final String DATA = "/language/place-names.txt";
    /** UN M.49 regions worth naming in news: world, continents, sub-regions, the EU and the euro area. */
    private static final String[] REGIONS = {"001", "002", "009", "019", "142", "150", "151", "154", "155", "021",
            "419", "005", "013", "029", "145", "034", "035", "030", "143", "053", "EU", "EZ", "UN"};

    /** Folded name → the places it names (ids are internal: a region code, a zone id or a data line number). */
    private static final Map<String, Set<String>> PLACES_BY_NAME = new HashMap<>();
    /** Place id → all its folded names. */
    private static final Map<String, Set<String>> NAMES_BY_PLACE = new HashMap<>();
    /** First four letters of every one-word place name: "Russian" and "Hungarian" start like places. */
    private static final Set<String> PLACE_STEMS = new HashSet<>();

    static {
        for (String code : Languages.codes()) {
            ULocale locale = new ULocale(code);
            LocaleDisplayNames display = LocaleDisplayNames.getInstance(locale);
            for (String region : ULocale.getISOCountries()) {
                add("region:" + region, display.regionDisplayName(region));
            }
            for (String region : REGIONS) {
                add("region:" + region, display.regionDisplayName(region));
            }
            TimeZoneNames zones = TimeZoneNames.getInstance(locale);
            for (String zone : TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null)) {
                add("zone:" + zone, zones.getExemplarLocationName(zone));
            }
        }
        readData();
    }

    private PlaceNames() {
    }

    /** How a name is compared: folded, hyphens and apostrophes as spaces, one space between words. */
    public static String normalise(String name) {
        return Whitespace.collapse(Folding.fold(name), c -> Character.isWhitespace(c) || c == '-' || c == '\u2010'
                || c == '\u2011' || c == '\'' || c == '\u2019' || c == '.');
    }

    /** Every other name of the place(s) {@code name} names, normalised; empty when it names no known place. */
    public static Set<String> otherNames(String name) {
        Set<String> places = PLACES_BY_NAME.get(normalise(name));
        if (places == null) {
            return Set.of();
        }
        if (places.size() == 1) {
            return NAMES_BY_PLACE.get(places.iterator().next());
        }
        Set<String> names = new HashSet<>();
        places.forEach(place -> names.addAll(NAMES_BY_PLACE.get(place)));
        return names;
    }

    /** Whether {@code word} starts like a place's name ("Russian", "Chinese", "European"): a demonym's stem. */
    public static boolean startsLikeAPlace(String word) {
        String normalised = normalise(word);
        return normalised.length() >= 4 && PLACE_STEMS.contains(normalised.substring(0, 4));
    }

    private static void add(String place, String name) {
        if (name == null || name.isBlank() || name.startsWith("+") || name.length() < 2) {
            return;
        }
        String normalised = normalise(name);
        if (normalised.indexOf(' ') < 0 && normalised.length() >= 4) {
            PLACE_STEMS.add(normalised.substring(0, 4));
        }
        PLACES_BY_NAME.computeIfAbsent(normalised, n -> new HashSet<>()).add(place);
        NAMES_BY_PLACE.computeIfAbsent(place, p -> new HashSet<>()).add(normalised);
    }

    private static void readData() {
        try (InputStream in = PlaceNames.class.getResourceAsStream(DATA)) {
            if (in == null) {
                throw new IllegalStateException(DATA + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                for (String name : line.split("\\|")) {
                    add("data:" + number, name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
