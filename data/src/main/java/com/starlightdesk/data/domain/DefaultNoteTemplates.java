package com.starlightdesk.data.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The note templates a new practice starts with: a well-child template for each visit of the well-child
 * schedule from newborn to 17 years, with the headings the clinician fills in (after the Bright Futures
 * periodicity schedule), and a sick-visit template. The practice edits them on the Note templates page.
 */
public final class DefaultNoteTemplates {
    private static final String EXAM = """
            Growth and vital signs: see Vitals
            General:
            Skin:
            Head, eyes, ears, nose, throat:
            Neck:
            Heart and lungs:
            Abdomen:
            Genitourinary:
            Musculoskeletal and neuro:""";

    private record WellVisit(String name, int fromMonths, int toMonths, String feeding, String sleep, String development,
            String exam, String screening, String guidance, String next) {
    }

    private static final List<WellVisit> WELL_VISITS = List.of(
            new WellVisit("Newborn", 0, 1, "Breast milk or formula; feeds per day:", "Back to sleep, own sleep space:",
                    "Alert to sound; looks at faces:", "Fontanelle:\nRed reflex:\nHips (Ortolani, Barlow):\nJaundice:\nUmbilicus:",
                    "Newborn metabolic and hearing screens reviewed:\nBilirubin:\nCritical congenital heart disease screen:",
                    "Safe sleep; car seat; fever in the first two months; feeding cues; smoke-free home", "2 weeks"),
            new WellVisit("2 weeks", 0, 2, "Breast milk or formula; back to birth weight:", "Back to sleep, own sleep space:",
                    "Calms to a voice; lifts head briefly on tummy:", "Fontanelle:\nRed reflex:\nHips:\nUmbilicus:",
                    "Newborn screen results:\nParent depression screen:",
                    "Safe sleep; tummy time when awake; crying and soothing; no shaking", "2 months"),
            new WellVisit("2 months", 2, 4, "Breast milk or formula; feeds per day:", "Back to sleep:",
                    "Social smile; coos; lifts head on tummy:", "Fontanelle:\nRed reflex:\nHips:",
                    "Parent depression screen:", "Safe sleep; rolling and falls; no bottle propping; child care", "4 months"),
            new WellVisit("4 months", 4, 6, "Breast milk or formula; interest in food:", "Sleep routine:",
                    "Laughs; rolls front to back; reaches for toys:", "Fontanelle:\nRed reflex:\nHips:",
                    "Parent depression screen:\nAnemia risk:", "Solid foods at about 6 months; teething; sleep routine; safe toys",
                    "6 months"),
            new WellVisit("6 months", 6, 9, "Solids started; iron-rich foods; fluoride source:", "Sleep through the night:",
                    "Sits with support; babbles; passes toys hand to hand:", "Teeth:\nRed reflex:\nHips:",
                    "Oral health risk; fluoride varnish:\nLead and tuberculosis risk:\nParent depression screen:",
                    "Choking hazards; childproofing; poison control number; hot water", "9 months"),
            new WellVisit("9 months", 9, 12, "Table foods; cup:", "Bedtime routine:",
                    "Sits alone; pulls to stand; says mama or dada; waves:", "Teeth:\nEyes (cover test):",
                    "Developmental screen:\nOral health; fluoride varnish:",
                    "Stranger anxiety; stair gates; water safety; limits without hitting", "12 months"),
            new WellVisit("12 months", 12, 15, "Whole milk, up to 16-24 oz; weaning the bottle:", "Sleep routine:",
                    "Cruises or walks; first words; pincer grasp:", "Teeth:\nEyes:",
                    "Hemoglobin or hematocrit:\nLead:\nOral health; fluoride varnish:\nTuberculosis risk:",
                    "Toddler safety; tantrums; toothbrushing; car seat rear-facing", "15 months"),
            new WellVisit("15 months", 15, 18, "Variety of foods; milk amount:", "Sleep routine:",
                    "Walks well; several words; points to show:", "Teeth:\nEyes:",
                    "Oral health; fluoride varnish:", "Consistent limits; reading together; toothbrushing; car seat rear-facing",
                    "18 months"),
            new WellVisit("18 months", 18, 24, "Self-feeding; picky eating:", "Sleep routine:",
                    "Runs; 10 or more words; follows simple directions:", "Teeth:\nEyes:",
                    "Developmental screen:\nAutism screen (M-CHAT-R/F):\nOral health; fluoride varnish:",
                    "Toilet readiness; reading together; screen time; supervision near water", "2 years"),
            new WellVisit("2 years", 24, 36, "Healthy family meals; low-fat milk:", "Sleep routine:",
                    "Two-word phrases; kicks a ball; parallel play:", "Teeth:\nEyes:",
                    "Autism screen (M-CHAT-R/F):\nLead if at risk:\nLipids if at risk:\nOral health; fluoride varnish:",
                    "Toilet training; language and play; healthy eating; screen time", "3 years"),
            new WellVisit("3 years", 36, 48, "Healthy family meals; juice limits:", "Sleep:",
                    "Three-word sentences; pedals a tricycle; takes turns:", "Blood pressure:\nTeeth:",
                    "Vision screen:\nOral health; fluoride varnish:",
                    "Preschool readiness; outdoor play; forward-facing car seat; water safety", "4 years"),
            new WellVisit("4 to 5 years", 48, 72, "Healthy family meals; physical activity:", "Sleep:",
                    "Tells a story; hops; draws a person; knows colours:", "Blood pressure:\nTeeth:",
                    "Vision and hearing screens:\nOral health; fluoride varnish:",
                    "School readiness; booster seat; bicycle helmet; body safety", "Next year"),
            new WellVisit("6 to 10 years", 72, 132, "Breakfast; fruit and vegetables; sweet drinks:", "Sleep; screens at bedtime:",
                    "School performance; friends; activities:", "Blood pressure:\nTeeth:\nSpine:",
                    "Vision; hearing at 6, 8 and 10 years:\nLipids once at 9 to 11 years:\nOral health:",
                    "An hour of activity a day; screen time; bullying; sun and water safety; booster seat until the belt fits",
                    "Next year"),
            new WellVisit("11 to 14 years", 132, 180, "Meals; sweet drinks; body image:", "Sleep; phones at night:",
                    "School; friends; mood; puberty:", "Blood pressure:\nSpine:\nSexual maturity rating:",
                    "Depression screen from 12 years:\nConfidential time with the adolescent:\nVision and hearing:\nLipids once at 9 to 11 years:",
                    "Puberty; online safety; tobacco, vaping, alcohol and drugs; seat belts; sleep", "Next year"),
            new WellVisit("15 to 17 years", 180, 216, "Meals; sports nutrition; body image:", "Sleep:",
                    "School or work plans; relationships; mood:", "Blood pressure:\nSpine:\nSexual maturity rating:",
                    "Depression screen:\nConfidential interview (home, school, activities, drugs, sexuality, safety):\nHIV once at 15 to 18 years:",
                    "Driving safety; substance use; sexual health; transition to adult care", "Next year"));

    private static final SoapNote SICK_VISIT = new SoapNote("""
            Chief complaint:
            Onset and duration:
            Fever (highest, how measured):
            Associated symptoms:
            Eating, drinking, wet diapers or voiding:
            Sick contacts:
            Medicines given:""", """
            Vital signs: see Vitals
            General appearance and hydration:
            Head, eyes, ears, nose, throat:
            Neck:
            Lungs:
            Heart:
            Abdomen:
            Skin:""", "", """
            Treatment:
            Tests:
            When to come back:
            Follow-up:""", List.of());

    private DefaultNoteTemplates() {
    }

    /** The default templates, each with a new id: well-child by age, then the sick visit. */
    public static List<NoteTemplate> all() {
        List<NoteTemplate> templates = new ArrayList<>();
        for (WellVisit v : WELL_VISITS) {
            SoapNote text = new SoapNote("Concerns of the family:\nInterval history:\nFeeding: " + v.feeding()
                    + "\nElimination:\nSleep: " + v.sleep() + "\nDevelopment: " + v.development() + "\nFamily and social:",
                    EXAM + "\n" + v.exam(),
                    "Well child, " + v.name().toLowerCase(java.util.Locale.ROOT) + ". Growth:\nDevelopment:",
                    "Immunizations per schedule:\nScreening:\n" + v.screening() + "\nAnticipatory guidance: " + v.guidance()
                            + "\nNext well visit: " + v.next(), List.of());
            templates.add(new NoteTemplate(Ids.next(), "Well child – " + v.name(), NoteKind.WELL_CHILD, v.fromMonths(), v.toMonths(),
                    text.content(), true));
        }
        templates.add(new NoteTemplate(Ids.next(), "Sick visit", NoteKind.SICK_VISIT, null, null, SICK_VISIT.content(), true));
        return templates;
    }
}
