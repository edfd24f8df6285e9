package com.starlightdesk.data.immunization.forecast;

import com.starlightdesk.data.immunization.forecast.SupportingData.AgeRule;
import com.starlightdesk.data.immunization.forecast.SupportingData.Antigen;
import com.starlightdesk.data.immunization.forecast.SupportingData.AntigenSeries;
import com.starlightdesk.data.immunization.forecast.SupportingData.ConditionType;
import com.starlightdesk.data.immunization.forecast.SupportingData.ConditionalSkip;
import com.starlightdesk.data.immunization.forecast.SupportingData.ContraindicatedVaccine;
import com.starlightdesk.data.immunization.forecast.SupportingData.Contraindication;
import com.starlightdesk.data.immunization.forecast.SupportingData.CountLogic;
import com.starlightdesk.data.immunization.forecast.SupportingData.CvxAssociation;
import com.starlightdesk.data.immunization.forecast.SupportingData.Immunity;
import com.starlightdesk.data.immunization.forecast.SupportingData.Indication;
import com.starlightdesk.data.immunization.forecast.SupportingData.IntervalRule;
import com.starlightdesk.data.immunization.forecast.SupportingData.LiveVirusConflict;
import com.starlightdesk.data.immunization.forecast.SupportingData.SeriesDose;
import com.starlightdesk.data.immunization.forecast.SupportingData.SeriesType;
import com.starlightdesk.data.immunization.forecast.SupportingData.SeriesVaccine;
import com.starlightdesk.data.immunization.forecast.SupportingData.SkipCondition;
import com.starlightdesk.data.immunization.forecast.SupportingData.SkipContext;
import com.starlightdesk.data.immunization.forecast.SupportingData.SkipSet;
import com.starlightdesk.data.immunization.forecast.SupportingData.VaccineContraindication;
import com.starlightdesk.data.immunization.forecast.SupportingData.VaccineGroup;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the CDSi supporting data shipped with the product (release 4.64, "-508" XML edition) with the JDK's StAX
 * parser into a small element tree, two files at a time, the largest first. Values are trimmed and words compared without
 * regard to case, as the data's README advises.
 */
public final class SupportingDataReader {
    /** Where the XML files live on the class path. */
    public static final String RESOURCE_FOLDER = "/com/starlightdesk/data/immunization/forecast/supporting-data/";
    /** The antigen files shipped, by the name in their file name. */
    public static final List<String> ANTIGEN_FILES = List.of("COVID-19", "Chikungunya", "Cholera", "Dengue",
            "Diphtheria", "Ebola", "HPV", "HepA", "HepB", "Hib", "Influenza", "JE", "Measles", "Meningococcal B",
            "Meningococcal", "Mumps", "Orthopoxvirus", "Pertussis", "Pneumococcal", "Polio", "RSV", "Rabies",
            "Rotavirus", "Rubella", "TBE", "Tetanus", "Typhoid", "Varicella", "YF", "Zoster");

    private static final DateTimeFormatter COMPACT = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("MM/dd/uuuu");

    private static volatile SupportingData shipped;

    private SupportingDataReader() {
    }

    /** The shipped supporting data, read on first use and then kept. */
    public static SupportingData shipped() {
        SupportingData s = shipped;
        if (s == null) {
            synchronized (SupportingDataReader.class) {
                s = shipped;
                if (s == null) {
                    s = readShipped();
                    shipped = s;
                }
            }
        }
        return s;
    }

    /** The largest files first, so that the two readers finish together. */
    private static final List<String> LARGEST_FIRST = List.of("COVID-19", "Pneumococcal", "HepB", "Tetanus", "Diphtheria",
            "Pertussis", "Polio", "Hib", "Meningococcal", "HPV", "HepA");

    /** Reads every shipped file afresh (the bench uses it to time loading): two readers take the files in turn. */
    public static SupportingData readShipped() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        List<String> files = new ArrayList<>();
        files.add("ScheduleSupportingData.xml");
        for (String name : ANTIGEN_FILES) {
            files.add("AntigenSupportingData- " + name + "-508.xml");
        }
        List<Integer> order = new ArrayList<>();
        order.add(0);
        for (String name : LARGEST_FIRST) {
            order.add(1 + ANTIGEN_FILES.indexOf(name));
        }
        for (int i = 1; i < files.size(); i++) {
            if (!order.contains(i)) {
                order.add(i);
            }
        }
        Element[] schedule = new Element[1];
        Antigen[] read = new Antigen[files.size()];
        AtomicInteger next = new AtomicInteger();
        Runnable reader = () -> {
            for (int k = next.getAndIncrement(); k < order.size(); k = next.getAndIncrement()) {
                int i = order.get(k);
                Element root = parse(factory, RESOURCE_FOLDER + files.get(i));
                if (i == 0) {
                    schedule[0] = root;
                } else {
                    read[i] = antigen(root);
                }
            }
        };
        CompletableFuture<Void> other = CompletableFuture.runAsync(reader);
        reader.run();
        try {
            other.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        Map<String, Antigen> antigens = new LinkedHashMap<>();
        for (int i = 1; i < read.length; i++) {
            antigens.put(read[i].name(), read[i]);
        }
        return schedule(schedule[0], antigens);
    }

    /** An XML element as read: its name, its text and its child elements. */
    private static final class Element {
        final String name;
        final List<Element> children = new ArrayList<>();
        private StringBuilder text;

        Element(String name) {
            this.name = name;
        }

        String text() {
            return text == null ? "" : text.toString();
        }
    }

    private static Element parse(XMLInputFactory factory, String resource) {
        try (InputStream in = SupportingDataReader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("supporting data file missing from the product: " + resource);
            }
            XMLStreamReader r = factory.createXMLStreamReader(in);
            List<Element> open = new ArrayList<>();
            Element root = null;
            while (r.hasNext()) {
                switch (r.next()) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        Element e = new Element(r.getLocalName());
                        if (open.isEmpty()) {
                            root = e;
                        } else {
                            open.get(open.size() - 1).children.add(e);
                        }
                        open.add(e);
                    }
                    case XMLStreamConstants.END_ELEMENT -> open.remove(open.size() - 1);
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                        if (!open.isEmpty()) {
                            Element e = open.get(open.size() - 1);
                            if (e.text == null) {
                                e.text = new StringBuilder();
                            }
                            e.text.append(r.getText());
                        }
                    }
                    default -> {
                    }
                }
            }
            r.close();
            if (root == null) {
                throw new IllegalStateException("supporting data file " + resource + " has no root element");
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("supporting data file " + resource + " is not well-formed XML", e);
        }
    }

    private static SupportingData schedule(Element root, Map<String, Antigen> antigens) {
        List<LiveVirusConflict> conflicts = new ArrayList<>();
        for (Element c : all(child(root, "liveVirusConflicts"), "liveVirusConflict")) {
            conflicts.add(new LiveVirusConflict(Cvx.normalize(text(child(c, "previous"), "cvx")),
                    Cvx.normalize(text(child(c, "current"), "cvx")), span(c, "conflictBeginInterval"),
                    span(c, "minConflictEndInterval"), span(c, "conflictEndInterval")));
        }
        Map<String, List<String>> groupAntigens = new LinkedHashMap<>();
        for (Element m : all(child(root, "vaccineGroupToAntigenMap"), "vaccineGroupMap")) {
            List<String> list = new ArrayList<>();
            for (Element a : all(m, "antigen")) {
                list.add(a.text().trim());
            }
            groupAntigens.put(text(m, "name"), List.copyOf(list));
        }
        Map<String, VaccineGroup> groups = new LinkedHashMap<>();
        for (Element g : all(child(root, "vaccineGroups"), "vaccineGroup")) {
            String name = text(g, "name");
            groups.put(name, new VaccineGroup(name, yes(text(g, "administerFullVaccineGroup")),
                    groupAntigens.getOrDefault(name, List.of())));
        }
        Map<String, List<CvxAssociation>> cvxMap = new LinkedHashMap<>();
        Map<String, String> descriptions = new LinkedHashMap<>();
        for (Element m : all(child(root, "cvxToAntigenMap"), "cvxMap")) {
            String cvx = Cvx.normalize(text(m, "cvx"));
            List<CvxAssociation> list = new ArrayList<>();
            for (Element a : all(m, "association")) {
                list.add(new CvxAssociation(text(a, "antigen"), span(a, "associationBeginAge"), span(a, "associationEndAge")));
            }
            cvxMap.put(cvx, List.copyOf(list));
            descriptions.put(cvx, text(m, "shortDescription"));
        }
        Map<String, String> observations = new LinkedHashMap<>();
        for (Element o : all(child(root, "observations"), "observation")) {
            observations.put(text(o, "observationCode"), text(o, "observationTitle"));
        }
        return new SupportingData(Collections.unmodifiableMap(antigens), Collections.unmodifiableMap(groups),
                Collections.unmodifiableMap(cvxMap), Collections.unmodifiableMap(descriptions), List.copyOf(conflicts),
                Collections.unmodifiableMap(observations));
    }

    private static Antigen antigen(Element root) {
        Element immunityEl = child(root, "immunity");
        Set<String> guidelines = new LinkedHashSet<>();
        LocalDate immunityBirthDate = null;
        String birthCountry = null;
        Set<String> exclusions = new LinkedHashSet<>();
        if (immunityEl != null) {
            for (Element h : all(immunityEl, "clinicalHistory")) {
                addIfPresent(guidelines, text(h, "guidelineCode"));
            }
            Element dob = child(immunityEl, "dateOfBirth");
            if (dob != null) {
                String d = text(dob, "immunityBirthDate");
                immunityBirthDate = d == null ? null : LocalDate.parse(d, US);
                birthCountry = text(dob, "birthCountry");
                for (Element x : all(dob, "exclusion")) {
                    addIfPresent(exclusions, text(x, "exclusionCode"));
                }
            }
        }
        List<Contraindication> antigenCis = new ArrayList<>();
        List<VaccineContraindication> vaccineCis = new ArrayList<>();
        Element cis = child(root, "contraindications");
        if (cis != null) {
            for (Element c : all(child(cis, "vaccineGroup"), "contraindication")) {
                antigenCis.add(new Contraindication(text(c, "observationCode"), text(c, "contraindicationText"),
                        span(c, "beginAge"), span(c, "endAge")));
            }
            for (Element c : all(child(cis, "vaccine"), "contraindication")) {
                List<ContraindicatedVaccine> vs = new ArrayList<>();
                for (Element v : all(c, "contraindicatedVaccine")) {
                    vs.add(new ContraindicatedVaccine(Cvx.normalize(text(v, "cvx")), span(v, "beginAge"), span(v, "endAge")));
                }
                vaccineCis.add(new VaccineContraindication(text(c, "observationCode"), text(c, "contraindicationText"),
                        List.copyOf(vs)));
            }
        }
        List<AntigenSeries> series = new ArrayList<>();
        String name = null;
        for (Element s : all(root, "series")) {
            AntigenSeries one = series(s);
            name = one.antigen();
            series.add(one);
        }
        if (name == null) {
            throw new IllegalStateException("an antigen supporting data file has no series");
        }
        return new Antigen(name, new Immunity(Set.copyOf(guidelines), immunityBirthDate, birthCountry, Set.copyOf(exclusions)),
                List.copyOf(antigenCis), List.copyOf(vaccineCis), List.copyOf(series));
    }

    private static AntigenSeries series(Element s) {
        Element select = child(s, "selectSeries");
        Set<String> genders = new LinkedHashSet<>();
        for (Element g : all(s, "requiredGender")) {
            addIfPresent(genders, g.text().trim().toLowerCase(Locale.ROOT));
        }
        Set<String> equivalents = new LinkedHashSet<>();
        for (Element g : all(s, "equivalentSeriesGroups")) {
            addIfPresent(equivalents, g.text().trim());
        }
        List<Indication> indications = new ArrayList<>();
        for (Element i : all(s, "indication")) {
            Element code = child(i, "observationCode");
            String c = code == null ? null : text(code, "code");
            if (c != null) {
                indications.add(new Indication(c, span(i, "beginAge"), span(i, "endAge")));
            }
        }
        List<SeriesDose> doses = new ArrayList<>();
        for (Element d : all(s, "seriesDose")) {
            doses.add(seriesDose(d));
        }
        String preference = text(select, "seriesPreference");
        return new AntigenSeries(text(s, "seriesName"), text(s, "targetDisease"), text(s, "vaccineGroup"),
                SeriesType.of(text(s, "seriesType")), Set.copyOf(equivalents), Set.copyOf(genders),
                yes(text(select, "defaultSeries")), yes(text(select, "productPath")), text(select, "seriesGroup"),
                text(select, "seriesPriority"), preference == null ? Integer.MAX_VALUE : Integer.parseInt(preference),
                span(select, "minAgeToStart"), span(select, "maxAgeToStart"), List.copyOf(indications), List.copyOf(doses));
    }

    private static SeriesDose seriesDose(Element d) {
        String number = text(d, "doseNumber");
        int doseNumber = 0;
        for (int i = 0; i < number.length(); i++) {
            if (Character.isDigit(number.charAt(i))) {
                doseNumber = doseNumber * 10 + (number.charAt(i) - '0');
            }
        }
        List<AgeRule> ages = new ArrayList<>();
        for (Element a : all(d, "age")) {
            if (hasChildElements(a)) {
                ages.add(new AgeRule(span(a, "absMinAge"), span(a, "minAge"), span(a, "earliestRecAge"),
                        span(a, "latestRecAge"), span(a, "maxAge"), date(a, "effectiveDate"), date(a, "cessationDate")));
            }
        }
        List<IntervalRule> intervals = new ArrayList<>();
        for (Element i : all(d, "interval")) {
            if (hasChildElements(i)) {
                intervals.add(interval(i));
            }
        }
        List<IntervalRule> allowable = new ArrayList<>();
        for (Element i : all(d, "allowableInterval")) {
            if (hasChildElements(i)) {
                allowable.add(interval(i));
            }
        }
        List<SeriesVaccine> preferable = new ArrayList<>();
        for (Element v : all(d, "preferableVaccine")) {
            String volume = text(v, "volume");
            preferable.add(new SeriesVaccine(Cvx.normalize(text(v, "cvx")), text(v, "vaccineType"), span(v, "beginAge"),
                    span(v, "endAge"), text(v, "tradeName"), "Y".equalsIgnoreCase(text(v, "forecastVaccineType")),
                    volume == null ? null : new BigDecimal(volume)));
        }
        List<SeriesVaccine> allowableVaccines = new ArrayList<>();
        for (Element v : all(d, "allowableVaccine")) {
            allowableVaccines.add(new SeriesVaccine(Cvx.normalize(text(v, "cvx")), text(v, "vaccineType"),
                    span(v, "beginAge"), span(v, "endAge"), null, false));
        }
        Set<String> inadvertent = new LinkedHashSet<>();
        for (Element v : all(d, "inadvertentVaccine")) {
            String cvx = text(v, "cvx");
            if (cvx != null) {
                inadvertent.add(Cvx.normalize(cvx));
            }
        }
        List<ConditionalSkip> skips = new ArrayList<>();
        for (Element c : all(d, "conditionalSkip")) {
            if (hasChildElements(c)) {
                skips.add(conditionalSkip(c));
            }
        }
        Element season = child(d, "seasonalRecommendation");
        LocalDate seasonStart = season == null ? null : date(season, "startDate");
        LocalDate seasonEnd = season == null ? null : date(season, "endDate");
        return new SeriesDose(doseNumber, List.copyOf(ages), List.copyOf(intervals), List.copyOf(allowable),
                List.copyOf(preferable), List.copyOf(allowableVaccines), Set.copyOf(inadvertent), List.copyOf(skips),
                yes(text(d, "recurringDose")), seasonStart, seasonEnd);
    }

    private static IntervalRule interval(Element i) {
        String fromTarget = text(i, "fromTargetDose");
        Element obs = child(i, "fromRelevantObs");
        String obsCode = obs == null ? null : text(obs, "code");
        return new IntervalRule("Y".equalsIgnoreCase(text(i, "fromPrevious")),
                fromTarget == null ? null : Integer.valueOf(fromTarget), cvxList(text(i, "fromMostRecent")), obsCode,
                span(i, "absMinInt"), span(i, "minInt"), span(i, "earliestRecInt"), span(i, "latestRecInt"),
                text(i, "intervalPriority") != null, date(i, "effectiveDate"), date(i, "cessationDate"));
    }

    private static ConditionalSkip conditionalSkip(Element c) {
        List<SkipSet> sets = new ArrayList<>();
        for (Element s : all(c, "set")) {
            List<SkipCondition> conditions = new ArrayList<>();
            for (Element k : all(s, "condition")) {
                String count = text(k, "doseCount");
                Set<String> groups = new LinkedHashSet<>();
                String g = text(k, "seriesGroups");
                if (g != null) {
                    for (String part : parts(g)) {
                        addIfPresent(groups, part);
                    }
                }
                conditions.add(new SkipCondition(ConditionType.of(text(k, "conditionType")), date(k, "startDate"),
                        date(k, "endDate"), span(k, "beginAge"), span(k, "endAge"), span(k, "interval"),
                        count == null ? 0 : Integer.parseInt(count), "valid".equalsIgnoreCase(text(k, "doseType")),
                        CountLogic.of(text(k, "doseCountLogic")), cvxList(text(k, "vaccineTypes")), Set.copyOf(groups)));
            }
            sets.add(new SkipSet(text(s, "setDescription"), "and".equalsIgnoreCase(text(s, "conditionLogic")),
                    date(s, "effectiveDate"), date(s, "cessationDate"), List.copyOf(conditions)));
        }
        return new ConditionalSkip(SkipContext.of(text(c, "context")), "and".equalsIgnoreCase(text(c, "setLogic")),
                List.copyOf(sets));
    }

    private static Set<String> cvxList(String text) {
        if (text == null) {
            return Set.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (String part : parts(text)) {
            out.add(Cvx.normalize(part));
        }
        return Set.copyOf(out);
    }

    /** The trimmed, non-blank parts of a list separated by semicolons or commas. */
    private static List<String> parts(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == ';' || text.charAt(i) == ',') {
                String part = text.substring(start, i).trim();
                if (!part.isEmpty()) {
                    out.add(part);
                }
                start = i + 1;
            }
        }
        return out;
    }

    private static boolean yes(String text) {
        return text != null && (text.equalsIgnoreCase("yes") || text.equalsIgnoreCase("y"));
    }

    private static void addIfPresent(Set<String> set, String value) {
        if (value != null && !value.isBlank()) {
            set.add(value);
        }
    }

    private static boolean hasChildElements(Element e) {
        return !e.children.isEmpty();
    }

    private static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Element c : parent.children) {
            if (c.name.equals(name)) {
                return c;
            }
        }
        return null;
    }

    private static List<Element> all(Element parent, String name) {
        if (parent == null) {
            return List.of();
        }
        List<Element> out = new ArrayList<>();
        for (Element c : parent.children) {
            if (c.name.equals(name)) {
                out.add(c);
            }
        }
        return out;
    }

    /** The trimmed text of a child element, or null when it is missing, empty or "n/a". */
    private static String text(Element parent, String name) {
        Element e = child(parent, name);
        if (e == null) {
            return null;
        }
        String t = e.text().trim();
        return t.isEmpty() || t.equalsIgnoreCase("n/a") ? null : t;
    }

    private static final Map<String, TimeSpan> SPANS = new java.util.concurrent.ConcurrentHashMap<>();

    /** Ages and intervals repeat throughout the data ("6 weeks - 4 days"): each text is read once. */
    private static TimeSpan span(Element parent, String name) {
        String t = text(parent, name);
        return t == null ? null : SPANS.computeIfAbsent(t, TimeSpan::parse);
    }

    private static LocalDate date(Element parent, String name) {
        String t = text(parent, name);
        if (t == null) {
            return null;
        }
        return t.contains("/") ? LocalDate.parse(t, US) : LocalDate.parse(t, COMPACT);
    }
}
