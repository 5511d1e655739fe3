# Werkmaat: the symptom and work-injury diary. Symptom names (symptom-<code>), the body map
# (region-<id>, and the sides), and the diary's own words. Plain words a worker uses.

## Symptoms

symptom-pain = Pain
symptom-headache = Headache
symptom-back-pain = Back pain
symptom-neck-pain = Neck pain
symptom-joint-pain = Joint pain
symptom-muscle-pain = Muscle pain
symptom-chest-pain = Chest pain
symptom-abdominal-pain = Stomach ache
symptom-toothache = Toothache
symptom-dizziness = Dizziness
symptom-fainting = Fainting
symptom-fatigue = Tiredness
symptom-fever = Fever
symptom-chills = Chills
symptom-cough = Cough
symptom-shortness-of-breath = Short of breath
symptom-wheezing = Wheezing
symptom-sore-throat = Sore throat
symptom-runny-nose = Runny nose
symptom-nausea = Feeling sick (nausea)
symptom-vomiting = Vomiting
symptom-diarrhoea = Diarrhoea
symptom-constipation = Constipation
symptom-heartburn = Heartburn
symptom-loss-of-appetite = No appetite
symptom-rash = Rash
symptom-itching = Itching
symptom-burn = Burn
symptom-cut = Cut or wound
symptom-bruise = Bruise
symptom-swelling = Swelling
symptom-numbness = Numbness
symptom-tingling = Tingling
symptom-weakness = Weakness
symptom-stiffness = Stiffness
symptom-eye-irritation = Sore or irritated eyes
symptom-blurred-vision = Blurred vision
symptom-hearing-problems = Hearing problems
symptom-ringing-ears = Ringing in the ears
symptom-palpitations = Racing or pounding heart
symptom-sleep-problems = Sleep problems
symptom-anxiety = Anxiety
symptom-low-mood = Low mood
symptom-stress = Stress
symptom-panic = Panic
symptom-difficulty-concentrating = Trouble concentrating
symptom-breathing-in-dust-or-fumes = Breathed in dust or fumes
symptom-allergic-reaction = Allergic reaction

## Body map

region-head = Head
region-face = Face
region-eye = Eye
region-ear = Ear
region-nose = Nose
region-mouth-teeth = Mouth and teeth
region-neck = Neck
region-throat = Throat
region-chest = Chest
region-upper-back = Upper back
region-lower-back = Lower back
region-abdomen = Stomach and belly
region-groin = Groin
region-shoulder = Shoulder
region-upper-arm = Upper arm
region-elbow = Elbow
region-forearm = Forearm
region-wrist = Wrist
region-hand = Hand
region-fingers = Fingers
region-hip = Hip
region-thigh = Thigh
region-knee = Knee
region-lower-leg = Lower leg
region-ankle = Ankle
region-foot = Foot
region-toes = Toes
region-skin = Skin
region-whole-body = Whole body
# $part (string) - a body region; the side follows
region-left = { $part }, left
region-right = { $part }, right

## The report for the doctor
# A printed report the user hands to a GP, bedrijfsarts, union or inspector. Every heading and coded
# value also appears in Dutch beside it, so write these as short labels a doctor reads quickly.

report-title = Symptom and work diary
report-kept-by = Kept by the patient in the Werkmaat app. This is the patient's own record, not a diagnosis.
# $from, $to (string) - dates
report-period = Period: { $from } to { $to }
# $date (string) - a date
report-made-on = Made on { $date }
report-identity-none = The patient chose not to put personal details on this report.
report-identity-name = Name
report-identity-birth_date = Date of birth
report-identity-bsn = Citizen service number (BSN)
report-identity-employer = Employer (werkgever)
report-identity-agency = Employment agency (uitzendbureau)
report-identity-insurer = Health insurer (zorgverzekeraar)
# $page, $pages (string) - filled in by the printer: the page number and the number of pages
report-page = Page { $page } of { $pages }
# $severity (number) - the highest severity left out; $symptoms (string) - their names, comma-separated
report-chart-left-out = Not in the chart, because never worse than { $severity }/10: { $symptoms }
report-chart-data = The data of the chart
report-chart-readings = Date and time: how bad (0-10)
report-weeks = Hours of work per week
report-week = Week
report-hours-worked = Hours of work (breaks not counted)
report-appendix-shifts = Appendix: all shifts
report-shift-start = Start
report-shift-end = End
report-summary = Summary
report-symptoms = Symptoms
# $date (string) - the date of the first entry
report-since = since { $date }
# $severity (number) - 0 to 10
report-worst = worst { $severity }/10
# $count (number) - how many entries
report-times = { $count ->
    [one] { $count } entry
   *[other] { $count } entries
}
report-work-related = Caused or made worse by work
report-incidents = Work accidents
report-none = None
report-breaches = Breaches of the working-time rules
report-chart = How bad over time
report-chart-scale = 0 = no complaints, 10 = worst imaginable
report-entries = Entries
report-kind-symptom = Symptom
report-kind-incident = Work accident
report-kind-shift = Shift
report-kind-care_contact = Contact with care
report-field-body-part = Where
report-field-severity = How bad (0-10)
report-field-duration = How long
report-field-helps = What helps
report-field-worsens = What makes it worse
report-field-medication = Medicine taken
report-field-missed-work = Work missed
report-field-place = Place
report-field-task = Task
report-field-machine = Machine or substance
report-field-what-happened = What happened
report-field-injuries = Injuries
report-field-witnesses = Witnesses
report-field-reported-to = Reported to
report-field-photos = Photos (kept on the phone)
report-field-break = Break
report-field-with = Care
report-field-advice = Advice
report-field-note = Note
report-field-recorded = Written down on
# $revision (number) - the revision number of a corrected entry
report-corrected = Corrected: version { $revision }
# $minutes (number)
report-minutes = { $minutes } min
# $hours (number)
report-hours = { $hours } h
report-yes = Yes
report-no = No
# $language (string) - the name of the app language in the language of this text, e.g. "Polish"
report-own-words = The patient's own words, written in the app set to { $language }:
report-who-employer = Employer
report-who-agency = Employment agency
report-who-bedrijfsarts = Company doctor (bedrijfsarts)
report-who-gp = GP (huisarts)
report-who-arbeidsinspectie = Labour inspectorate (Arbeidsinspectie)
report-care-gp = GP (huisarts)
report-care-gp_post = Out-of-hours GP post (huisartsenpost)
report-care-emergency = Emergency department (spoedeisende hulp)
report-care-bedrijfsarts = Company doctor (bedrijfsarts)
# $limit, $actual (number) - hours, minutes for the break rule, a count of night shifts for night-shifts-count
report-rule-max-shift = Working day longer than { $limit } h: { $actual } h of work (breaks not counted)
    .name = length of a working day
report-rule-break = Break shorter than { $limit } min: { $actual } min (a collective agreement, CAO, may allow shorter breaks)
    .name = breaks
report-rule-daily-rest = Less than { $limit } h of unbroken rest in 24 hours: { $actual } h
    .name = rest between working days
report-rule-weekly-rest = Less than { $limit } h of rest in a week, and not enough rest over two weeks either: { $actual } h
    .name = rest in a week
report-rule-max-week-hours = More than { $limit } h work in a week: { $actual } h
    .name = hours in a week
report-rule-average-4-weeks = On average more than { $limit } h of work a week over 4 weeks: { $actual } h (unless your CAO sets another average)
    .name = average over 4 weeks
report-rule-average-16-weeks = On average more than { $limit } h of work a week over 16 weeks: { $actual } h
    .name = average over 16 weeks
report-rule-night-shift-length = Night shift longer than { $limit } h: { $actual } h (a longer night shift is allowed only a few times, with enough rest after it)
    .name = length of a night shift
report-rule-night-rest = Less than { $limit } h of rest after a night shift that ended after 02:00: { $actual } h
    .name = rest after a night shift
report-rule-night-series-rest = Less than { $limit } h of rest after a series of night shifts: { $actual } h
    .name = rest after a series of night shifts
report-rule-night-shifts-count = More than { $limit } night shifts in 16 weeks: { $actual } (a CAO may allow more)
    .name = number of night shifts
report-rule-night-average-16-weeks = With many night shifts, on average more than { $limit } h of work a week over 16 weeks: { $actual } h
    .name = average over 16 weeks with night shifts
# $rules (string) - the names of the rules checked, separated by commas
report-rules-checked = Rules checked: { $rules }
# $source (string) - the law or page the rule comes from
report-rule-source = Source: { $source }
report-check = Check that nothing was changed
# $entries, $revisions, $gaps (number) - entries now, versions of entries written, entries deleted
report-check-counts = Entries: { $entries }. Versions: { $revisions }. Deleted: { $gaps }.
report-check-head = Fingerprint of the whole diary (SHA-256):
report-check-how = Ask the patient for the JSON export of the diary and check it with "werkmaat diary verify --export FILE": it must show the same fingerprint. Any change to an entry written before changes it.
report-check-proves = What this proves: the entries are as they were written, if the fingerprint equals one you received earlier or one confirmed by a time stamp. It does not prove when they were written.
report-check-clock = The times of the entries come from the clock of the patient's phone.
# $seqs (string) - the positions of the entries that could not be read, comma-separated
report-check-damaged = Entries that could not be read (damaged) and are missing here: { $seqs }
