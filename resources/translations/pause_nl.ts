<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Pause</source>
        <translation>Over Pause</translation>
    </message>
    <message>
        <source>Pause {version}</source>
        <translation>Pause {version}</translation>
    </message>
    <message>
        <source>A calm companion for slow recovery: short pauses to stop, breathe, feel safe and continue, and goals that grow in tiny steps, at your own pace.</source>
        <translation>Een rustige steun bij langzaam herstel: korte pauzes om te stoppen, te ademen, je veilig te voelen en verder te gaan, en doelen die in kleine stapjes groeien, in je eigen tempo.</translation>
    </message>
    <message>
        <source>Please read</source>
        <translation>Lees dit even</translation>
    </message>
    <message>
        <source>Your data stays on this computer, in {folder}</source>
        <translation>Je gegevens blijven op deze computer, in {folder}</translation>
    </message>
    <message>
        <source>A backup is made each day, in {folder}</source>
        <translation>Elke dag wordt er een reservekopie gemaakt, in {folder}</translation>
    </message>
</context>
<context>
    <name>AddActivityDialog</name>
    <message>
        <source>Add an activity</source>
        <translation>Een activiteit toevoegen</translation>
    </message>
    <message>
        <source>Start from what you can do on an ordinary day. Pause only offers a next step when it is safe.</source>
        <translation>Begin bij wat je op een gewone dag kunt. Pause biedt alleen een volgende stap aan als het veilig is.</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>&amp;Activiteit</translation>
    </message>
    <message>
        <source>&amp;Counted in</source>
        <translation>&amp;Geteld in</translation>
    </message>
    <message>
        <source>&amp;What you can do now</source>
        <translation>&amp;Wat je nu kunt</translation>
    </message>
    <message>
        <source>for example: steps inside</source>
        <translation>bijvoorbeeld: stappen in huis</translation>
    </message>
    <message>
        <source>for example: steps</source>
        <translation>bijvoorbeeld: stappen</translation>
    </message>
    <message>
        <source>for example: 50</source>
        <translation>bijvoorbeeld: 50</translation>
    </message>
    <message>
        <source>Not sure? Leave it empty: log what you do for a week, and Pause then offers a first target a little below it.</source>
        <translation>Weet je het niet zeker? Laat het leeg: noteer een week lang wat je doet, dan stelt Pause een eerste doel voor dat er net iets onder ligt.</translation>
    </message>
    <message>
        <source>A new &amp;place for something I already do</source>
        <translation>Een nieuwe &amp;plek voor iets wat ik al doe</translation>
    </message>
    <message>
        <source>For example walking outside, after walking inside.</source>
        <translation>Bijvoorbeeld buiten lopen, na lopen in huis.</translation>
    </message>
    <message>
        <source>&amp;Which activity</source>
        <translation>W&amp;elke activiteit</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>A new place is a step up by itself: start at {proposed} (at most {most}). Half out and half back is a sensible first plan.</source>
        <translation>Een nieuwe plek is op zich al een stap omhoog: begin bij {proposed} (hooguit {most}). Half heen en half terug is een verstandig eerste plan.</translation>
    </message>
    <message>
        <source>For a new place, at most {most}: one step above {name}.</source>
        <translation>Voor een nieuwe plek hooguit {most}: één stap boven {name}.</translation>
    </message>
</context>
<context>
    <name>BreatheControls</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuut</numerusform>
            <numerusform>%n minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Another length</source>
        <translation>Een andere duur</translation>
    </message>
    <message numerus="yes">
        <source>with %n minute(s) of breathing</source>
        <translation>
            <numerusform>met %n minuut ademen</numerusform>
            <numerusform>met %n minuten ademen</numerusform>
        </translation>
    </message>
    <message>
        <source>Start a pause</source>
        <translation>Begin een pauze</translation>
    </message>
    <message>
        <source>Breathing in the pause</source>
        <translation>Ademen in de pauze</translation>
    </message>
    <message>
        <source>Or breathe a while</source>
        <translation>Of adem een tijdje</translation>
    </message>
    <message>
        <source>Minutes of breathing</source>
        <translation>Minuten ademen</translation>
    </message>
    <message>
        <source>&amp;Pattern</source>
        <translation>&amp;Patroon</translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation>&amp;Duur</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Vasthouden</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Uit</translation>
    </message>
    <message>
        <source>Breathing in, seconds</source>
        <translation>Inademen, seconden</translation>
    </message>
    <message>
        <source>Hold after breathing in, seconds</source>
        <translation>Vasthouden na het inademen, seconden</translation>
    </message>
    <message>
        <source>Breathing out, seconds</source>
        <translation>Uitademen, seconden</translation>
    </message>
    <message>
        <source>Hold after breathing out, seconds</source>
        <translation>Vasthouden na het uitademen, seconden</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Start breathing</source>
        <translation>Begin met ademen</translation>
    </message>
    <message>
        <source>Soft sound cues for in and out (off unless you turn them on)</source>
        <translation>Zachte geluidjes bij in- en uitademen (uit, tenzij je ze aanzet)</translation>
    </message>
    <message>
        <source>Sound is not available on this computer; the guide works without it.</source>
        <translation>Geluid is op deze computer niet beschikbaar; de ademhulp werkt ook zonder.</translation>
    </message>
</context>
<context>
    <name>BreathePage</name>
    <message>
        <source>Stop, breathe, feel safe, continue</source>
        <translation>Stop, adem, voel je veilig, ga verder</translation>
    </message>
    <message>
        <source>When you notice you are tense or being extra careful again, take a short pause. Sit or lie down comfortably. Four small steps:</source>
        <translation>Merk je dat je weer gespannen bent of extra voorzichtig? Neem dan even pauze. Ga gemakkelijk zitten of liggen. Vier kleine stappen:</translation>
    </message>
    <message>
        <source>1. Stop</source>
        <translation>1. Stop</translation>
    </message>
    <message>
        <source>Let everything be still for a moment.</source>
        <translation>Laat alles even stil zijn.</translation>
    </message>
    <message>
        <source>2. Breathe</source>
        <translation>2. Adem</translation>
    </message>
    <message>
        <source>Breathe gently, not deeply: in through the nose, a slow breath out.</source>
        <translation>Adem zacht, niet diep: in door je neus, rustig weer uit.</translation>
    </message>
    <message>
        <source>3. Feel safe</source>
        <translation>3. Voel je veilig</translation>
    </message>
    <message>
        <source>Notice that you are safe here, right now.</source>
        <translation>Merk op dat je hier en nu veilig bent.</translation>
    </message>
    <message>
        <source>4. Continue</source>
        <translation>4. Ga verder</translation>
    </message>
    <message>
        <source>Carry on with your day, at your own pace.</source>
        <translation>Ga verder met je dag, in je eigen tempo.</translation>
    </message>
    <message numerus="yes">
        <source>In the last 7 days: %n pause(s)</source>
        <translation>
            <numerusform>De afgelopen 7 dagen: %n pauze</numerusform>
            <numerusform>De afgelopen 7 dagen: %n pauzes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) of calm breathing</source>
        <translation>
            <numerusform>%n minuut rustig ademen</numerusform>
            <numerusform>%n minuten rustig ademen</numerusform>
        </translation>
    </message>
    <message>
        <source>Pauses you take will be counted here. Every pause counts, short ones too.</source>
        <translation>De pauzes die je neemt, worden hier geteld. Elke pauze telt, ook een korte.</translation>
    </message>
    <message>
        <source>Your pauses</source>
        <translation>Je pauzes</translation>
    </message>
    <message>
        <source>If you feel dizzy or tingly, stop and breathe normally. Gentle is enough.</source>
        <translation>Word je duizelig of voel je tintelingen? Stop dan en adem weer gewoon. Rustig ademen is genoeg.</translation>
    </message>
</context>
<context>
    <name>BreathingGuide</name>
    <message>
        <source>Breathe in</source>
        <translation>Adem in</translation>
    </message>
    <message>
        <source>A little more</source>
        <translation>Nog een beetje</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Vasthouden</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Adem uit</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Rust</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <source>Breathing guide</source>
        <translation>Ademhulp</translation>
    </message>
</context>
<context>
    <name>Caution</name>
    <message>
        <source>This pattern holds the breath. If it feels uncomfortable, stop and breathe normally.</source>
        <translation>Bij dit patroon houd je de adem vast. Voelt dat niet fijn? Stop dan en adem weer gewoon.</translation>
    </message>
    <message>
        <source>It stops after at most {count} breaths.</source>
        <translation>Het stopt na hooguit {count} ademhalingen.</translation>
    </message>
</context>
<context>
    <name>CheckIn</name>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Licht</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Matig</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Ernstig</translation>
    </message>
    <message>
        <source>Very severe</source>
        <translation>Zeer ernstig</translation>
    </message>
    <message>
        <source>energy {n} of 10</source>
        <translation>energie {n} van 10</translation>
    </message>
    <message>
        <source>the day took {n} of 10</source>
        <translation>de dag kostte {n} van 10</translation>
    </message>
    <message>
        <source>sleep {n} of 5</source>
        <translation>slaap {n} van 5</translation>
    </message>
    <message>
        <source>symptoms: {level}</source>
        <translation>klachten: {level}</translation>
    </message>
    <message>
        <source>a note</source>
        <translation>een notitie</translation>
    </message>
    <message>
        <source>no answers</source>
        <translation>geen antwoorden</translation>
    </message>
    <message>
        <source>Kept for today: {answers}.</source>
        <translation>Bewaard voor vandaag: {answers}.</translation>
    </message>
    <message>
        <source>Kept for {day}: {answers}.</source>
        <translation>Bewaard voor {day}: {answers}.</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>How is your energy?</source>
        <translation>Hoe is je energie?</translation>
    </message>
    <message>
        <source>Tap what fits: 0 is no energy at all, 10 is your best. Every answer is optional, and you can change it later.</source>
        <translation>Kies wat past: 0 is helemaal geen energie, 10 is op je best. Elke vraag mag je overslaan, en je kunt het later nog veranderen.</translation>
    </message>
    <message>
        <source>Energy I &amp;have today</source>
        <translation>Energie die ik vandaag &amp;heb</translation>
    </message>
    <message>
        <source>Energy the day &amp;took</source>
        <translation>Energie die de dag &amp;kostte</translation>
    </message>
    <message>
        <source>S&amp;leep last night</source>
        <translation>S&amp;laap afgelopen nacht</translation>
    </message>
    <message>
        <source>S&amp;ymptoms</source>
        <translation>Kla&amp;chten</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notitie</translation>
    </message>
    <message>
        <source>D&amp;ay</source>
        <translation>D&amp;ag</translation>
    </message>
    <message>
        <source>Energy {n} of 10</source>
        <translation>Energie {n} van 10</translation>
    </message>
    <message>
        <source>The day took {n} of 10</source>
        <translation>De dag kostte {n} van 10</translation>
    </message>
    <message>
        <source>Sleep {n} of 5</source>
        <translation>Slaap {n} van 5</translation>
    </message>
    <message>
        <source>Symptoms: {level}</source>
        <translation>Klachten: {level}</translation>
    </message>
    <message>
        <source>0 is no energy at all, 10 is your best.</source>
        <translation>0 is helemaal geen energie, 10 is op je best.</translation>
    </message>
    <message>
        <source>How much of your energy the day asked of you.</source>
        <translation>Hoeveel energie de dag van je vroeg.</translation>
    </message>
    <message>
        <source>1 is very poor sleep, 5 is very good.</source>
        <translation>1 is heel slecht geslapen, 5 is heel goed.</translation>
    </message>
    <message>
        <source>optional, one line</source>
        <translation>als je wilt, één regel</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>CheckInLine</name>
    <message>
        <source>How is your energy today?</source>
        <translation>Hoe is je energie vandaag?</translation>
    </message>
    <message>
        <source>Today&apos;s check-in is kept · Edit</source>
        <translation>De check-in van vandaag is bewaard · Bewerken</translation>
    </message>
    <message>
        <source>Energy today: {n} of 10 · Edit</source>
        <translation>Energie vandaag: {n} van 10 · Bewerken</translation>
    </message>
</context>
<context>
    <name>Disclaimer</name>
    <message>
        <source>Pause is a relaxation and self-tracking aid. It is not a medical device and does not diagnose or treat anything.</source>
        <translation>Pause helpt je ontspannen en bijhouden hoe het met je gaat. Het is geen medisch hulpmiddel: het stelt geen diagnose en behandelt niets.</translation>
    </message>
    <message>
        <source>Talk to your doctor or physiotherapist before you increase activity if you have ME/CFS, long COVID with post-exertional malaise (PEM), POTS, or a heart or lung condition.</source>
        <translation>Heb je ME/cvs, long covid met post-exertionele malaise (PEM), POTS of een hart- of longaandoening? Overleg dan met je huisarts of fysiotherapeut voordat je meer gaat doen.</translation>
    </message>
    <message>
        <source>Stop the breathing exercise if you feel dizzy, and breathe normally.</source>
        <translation>Word je duizelig? Stop dan met de ademoefening en adem weer gewoon.</translation>
    </message>
    <message>
        <source>For chest pain, fainting or severe breathlessness, call 112 (or your local emergency number).</source>
        <translation>Bij pijn op de borst, flauwvallen of ernstige benauwdheid: bel 112 (of het alarmnummer waar je bent).</translation>
    </message>
</context>
<context>
    <name>ExerciseView</name>
    <message>
        <source>Resume</source>
        <translation>Verdergaan</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pauzeren</translation>
    </message>
    <message>
        <source>Leave focus view</source>
        <translation>Focusweergave sluiten</translation>
    </message>
    <message>
        <source>Focus view</source>
        <translation>Focusweergave</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>We gaan weer verder</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Breathe</source>
        <translation>Adem</translation>
    </message>
    <message>
        <source>Feel safe</source>
        <translation>Voel je veilig</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Ga verder</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Beëindigen</translation>
    </message>
    <message>
        <source>Breathing exercise</source>
        <translation>Ademoefening</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Beter</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Net zo</translation>
    </message>
    <message>
        <source>Too much</source>
        <translation>Te veel</translation>
    </message>
    <message>
        <source>If you feel dizzy or tingly, stop and breathe normally. Gentle is enough.</source>
        <translation>Word je duizelig of voel je tintelingen? Stop dan en adem weer gewoon. Rustig ademen is genoeg.</translation>
    </message>
    <message>
        <source>Stop what you are doing for a moment. Let everything be still.</source>
        <translation>Stop even met wat je aan het doen bent. Laat alles stil zijn.</translation>
    </message>
    <message>
        <source>Breathe gently, not deeply. Follow the circle, seated or lying down.</source>
        <translation>Adem zacht, niet diep. Volg de cirkel, zittend of liggend.</translation>
    </message>
    <message>
        <source>Notice that you are safe here, right now.</source>
        <translation>Merk op dat je hier en nu veilig bent.</translation>
    </message>
    <message>
        <source>Well done. How do you feel now?</source>
        <translation>Goed gedaan. Hoe voel je je nu?</translation>
    </message>
    <message>
        <source>Carry on with your day, gently. How did this feel?</source>
        <translation>Ga rustig verder met je dag. Hoe voelde dit?</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Safety notes</source>
        <translation>Voor je veiligheid</translation>
    </message>
    <message>
        <source>Welcome to Pause</source>
        <translation>Welkom bij Pause</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <source>Pause helps you stop, breathe and feel safe for a moment, and grow what you can do in tiny steps, only when it is safe. Rest counts as progress here.</source>
        <translation>Pause helpt je even te stoppen, te ademen en je veilig te voelen, en in heel kleine stapjes te laten groeien wat je al kunt, alleen als het veilig is. Rust telt hier als vooruitgang.</translation>
    </message>
    <message>
        <source>A first small step</source>
        <translation>Een eerste kleine stap</translation>
    </message>
    <message>
        <source>Steps inside</source>
        <translation>Stappen in huis</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>&amp;Activiteit</translation>
    </message>
    <message>
        <source>&amp;Steps you can walk now, on an ordinary day</source>
        <translation>Aantal &amp;stappen dat je nu kunt lopen, op een gewone dag</translation>
    </message>
    <message>
        <source>for example 50</source>
        <translation>bijvoorbeeld 50</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>Nu overslaan</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>stappen</translation>
    </message>
</context>
<context>
    <name>Fit</name>
    <message>
        <source>Scroll up and down</source>
        <translation>Omhoog en omlaag schuiven</translation>
    </message>
    <message>
        <source>Scroll sideways</source>
        <translation>Opzij schuiven</translation>
    </message>
</context>
<context>
    <name>GoalCard</name>
    <message>
        <source>No target yet</source>
        <translation>Nog geen doel</translation>
    </message>
    <message>
        <source>Target: {target} {unit}</source>
        <translation>Doel: {target} {unit}</translation>
    </message>
    <message>
        <source>I did it!</source>
        <translation>Ik heb het gedaan!</translation>
    </message>
    <message>
        <source>Log…</source>
        <translation>Noteren…</translation>
    </message>
    <message>
        <source>Take the step: {offer} {unit}</source>
        <translation>De stap zetten: {offer} {unit}</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Meer</translation>
    </message>
    <message>
        <source>After a crash, a lower target for a while can help. If your symptoms are new or changed, consider contacting your GP.</source>
        <translation>Na een terugval kan een lager doel voor een tijdje helpen. Zijn je klachten nieuw of veranderd? Neem dan contact op met je huisarts.</translation>
    </message>
    <message>
        <source>Lower to {lower} {unit}</source>
        <translation>Verlagen naar {lower} {unit}</translation>
    </message>
    <message>
        <source>Keep {target}</source>
        <translation>{target} aanhouden</translation>
    </message>
    <message>
        <source>Step size</source>
        <translation>Stapgrootte</translation>
    </message>
    <message>
        <source>The smallest step: +1</source>
        <translation>De kleinste stap: +1</translation>
    </message>
    <message>
        <source>+1%</source>
        <translation>+1%</translation>
    </message>
    <message>
        <source>+2% (the usual)</source>
        <translation>+2% (standaard)</translation>
    </message>
    <message>
        <source>+5%, at most</source>
        <translation>+5% (het hoogste)</translation>
    </message>
    <message>
        <source>Maintenance mode: no offers, stay within my limits</source>
        <translation>Onderhoudsmodus: geen voorstellen, binnen mijn grenzen blijven</translation>
    </message>
    <message>
        <source>Set the target yourself…</source>
        <translation>Zelf het doel instellen…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Geschiedenis…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Naam wijzigen…</translation>
    </message>
    <message>
        <source>Archive (its history is kept)</source>
        <translation>Archiveren (de geschiedenis blijft bewaard)</translation>
    </message>
    <message>
        <source>I did it: {name}</source>
        <translation>Ik heb het gedaan: {name}</translation>
    </message>
    <message>
        <source>Log: {name}</source>
        <translation>Noteren: {name}</translation>
    </message>
    <message>
        <source>More: {name}</source>
        <translation>Meer: {name}</translation>
    </message>
    <message>
        <source>{button}: {name}</source>
        <translation>{button}: {name}</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Naam wijzigen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nieuwe naam:</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiveren</translation>
    </message>
    <message>
        <source>Archive “{name}”? It leaves the list; its history is kept.</source>
        <translation>“{name}” archiveren? Het verdwijnt uit de lijst; de geschiedenis blijft bewaard.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Put it back</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <source>Undo today&apos;s log of {amount} {unit}</source>
        <translation>Ongedaan maken: {amount} {unit} genoteerd voor vandaag</translation>
    </message>
    <message>
        <source>Put back today&apos;s log of {amount} {unit}</source>
        <translation>Terugzetten: {amount} {unit} genoteerd voor vandaag</translation>
    </message>
    <message>
        <source>Taken back: {done} {unit}. Nothing is logged for today now.</source>
        <translation>Teruggenomen: {done} {unit}. Voor vandaag is nu niets genoteerd.</translation>
    </message>
    <message>
        <source>Today: nothing logged yet. A rest day counts too.</source>
        <translation>Vandaag: nog niets genoteerd. Een rustdag telt ook.</translation>
    </message>
    <message>
        <source>Logged today: {done} {unit} ✓ A tired day: the target stays.</source>
        <translation>Vandaag genoteerd: {done} {unit} ✓ Je bent moe: je doel blijft staan.</translation>
    </message>
    <message>
        <source>Logged today: {done} {unit}</source>
        <translation>Vandaag genoteerd: {done} {unit}</translation>
    </message>
    <message>
        <source>Logged today: {done} {unit} ✓</source>
        <translation>Vandaag genoteerd: {done} {unit} ✓</translation>
    </message>
    <message>
        <source>Rest is part of it. Listening to your body is a success too.</source>
        <translation>Rust hoort erbij. Luisteren naar je lichaam is ook een succes.</translation>
    </message>
    <message>
        <source>Take the step</source>
        <translation>De stap zetten</translation>
    </message>
    <message>
        <source>New target ({low} to {high}); a smaller step is fine:</source>
        <translation>Nieuw doel ({low} tot en met {high}); een kleinere stap is ook goed:</translation>
    </message>
    <message>
        <source>Set the target yourself</source>
        <translation>Zelf het doel instellen</translation>
    </message>
    <message>
        <source>New target ({unit}):</source>
        <translation>Nieuw doel ({unit}):</translation>
    </message>
    <message>
        <source>I did it! A small step, and it counts.</source>
        <translation>Ik heb het gedaan! Een kleine stap, en die telt.</translation>
    </message>
    <message>
        <source>I did it! Steady and gentle, one day at a time.</source>
        <translation>Ik heb het gedaan! Rustig en zacht, dag voor dag.</translation>
    </message>
    <message>
        <source>I did it! Well done for keeping it small.</source>
        <translation>Ik heb het gedaan! Goed dat ik het klein hield.</translation>
    </message>
    <message>
        <source>I did it! This is how it grows.</source>
        <translation>Ik heb het gedaan! Zo groeit het.</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <source>Log a step</source>
        <translation>Een stap noteren</translation>
    </message>
    <message>
        <source>Which activity?</source>
        <translation>Welke activiteit?</translation>
    </message>
    <message>
        <source>Add an activity…</source>
        <translation>Een activiteit toevoegen…</translation>
    </message>
    <message>
        <source>Small steps</source>
        <translation>Kleine stappen</translation>
    </message>
    <message>
        <source>Grow what you can do in tiny steps: can you walk 50 steps? Then 51 is a next step, but only when it is safe. On tired days the target stays where it is.</source>
        <translation>Laat groeien wat je al kunt, in heel kleine stapjes: kun je 50 stappen lopen? Dan is 51 een volgende stap, maar alleen als dat veilig is. Op dagen dat je moe bent, blijft je doel staan.</translation>
    </message>
    <message>
        <source>No activities yet</source>
        <translation>Nog geen activiteiten</translation>
    </message>
    <message>
        <source>Choose something you can already do, such as steps inside or minutes of reading, and start from what you can do today.</source>
        <translation>Kies iets wat je nu al kunt, zoals stappen in huis of minuten lezen, en begin bij wat je vandaag kunt.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History: {name}</source>
        <translation>Geschiedenis: {name}</translation>
    </message>
    <message>
        <source>Logs of {name}</source>
        <translation>Noteringen van {name}</translation>
    </message>
    <message>
        <source>Nothing logged yet. Rest days count too.</source>
        <translation>Nog niets genoteerd. Rustdagen tellen ook.</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Verbeteren…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>{day} · {amount} {unit} · {felt}</source>
        <translation>{day} · {amount} {unit} · {felt}</translation>
    </message>
    <message>
        <source>Deleted: {log}</source>
        <translation>Verwijderd: {log}</translation>
    </message>
    <message>
        <source>Corrected: {log}</source>
        <translation>Verbeterd: {log}</translation>
    </message>
</context>
<context>
    <name>HoursEditor</name>
    <message>
        <source>These hours fill the whole day already.</source>
        <translation>Deze uren vullen de hele dag al.</translation>
    </message>
    <message>
        <source>Days and hours {number}</source>
        <translation>Dagen en uren {number}</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>Start of time range {number}</source>
        <translation>Begin van tijdvak {number}</translation>
    </message>
    <message>
        <source>End of time range {number}</source>
        <translation>Einde van tijdvak {number}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Weghalen</translation>
    </message>
    <message>
        <source>Remove time range {number}</source>
        <translation>Tijdvak {number} weghalen</translation>
    </message>
    <message>
        <source>Add a time range</source>
        <translation>Een tijdvak toevoegen</translation>
    </message>
    <message>
        <source>Remove these days</source>
        <translation>Deze dagen weghalen</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} tot {end}</translation>
    </message>
    <message>
        <source>{range}: this time range ends before it starts.</source>
        <translation>{range}: dit tijdvak eindigt voordat het begint.</translation>
    </message>
    <message>
        <source>{range} overlaps {other}.</source>
        <translation>{range} overlapt met {other}.</translation>
    </message>
    <message>
        <source>Other hours for some days</source>
        <translation>Andere uren voor sommige dagen</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>From {file}</source>
        <translation>Uit {file}</translation>
    </message>
    <message>
        <source>What the import adds</source>
        <translation>Wat de import toevoegt</translation>
    </message>
    <message>
        <source>Nothing that is here already is changed or removed; only what is new is added.</source>
        <translation>Niets wat hier al staat, wordt veranderd of verwijderd; alleen wat nieuw is, komt erbij.</translation>
    </message>
</context>
<context>
    <name>LogDialog</name>
    <message>
        <source>Log again?</source>
        <translation>Nog een keer noteren?</translation>
    </message>
    <message>
        <source>Log again</source>
        <translation>Nog een keer noteren</translation>
    </message>
    <message>
        <source>Don&apos;t log</source>
        <translation>Niet noteren</translation>
    </message>
    <message>
        <source>This day already has the same log: {amount} {unit}, {felt}. Log it again?</source>
        <translation>Voor deze dag staat precies dit al genoteerd: {amount} {unit}, {felt}. Nog een keer noteren?</translation>
    </message>
    <message>
        <source>Log: {name}</source>
        <translation>Noteren: {name}</translation>
    </message>
    <message>
        <source>Correct: {name}</source>
        <translation>Verbeteren: {name}</translation>
    </message>
    <message>
        <source>&amp;Done ({unit})</source>
        <translation>&amp;Gedaan ({unit})</translation>
    </message>
    <message>
        <source>How did it feel?</source>
        <translation>Hoe voelde het?</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notitie</translation>
    </message>
    <message>
        <source>D&amp;ay</source>
        <translation>D&amp;ag</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>als je wilt</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Goed</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Oké</translation>
    </message>
    <message>
        <source>Tired</source>
        <translation>Moe</translation>
    </message>
    <message>
        <source>Crash</source>
        <translation>Terugval</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Please choose how it felt.</source>
        <translation>Kies hoe het voelde.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>Im&amp;porteren…</translation>
    </message>
    <message>
        <source>Import s&amp;teps…</source>
        <translation>&amp;Stappen importeren…</translation>
    </message>
    <message>
        <source>Import steps from a &amp;folder…</source>
        <translation>Stappen importeren uit een &amp;map…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Nu een reservekopie maken</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>Reservekopie &amp;terugzetten…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Reminder</source>
        <translation>He&amp;rinnering</translation>
    </message>
    <message>
        <source>Start the pause</source>
        <translation>Begin de pauze</translation>
    </message>
    <message>
        <source>Remind me in 15 minutes</source>
        <translation>Herinner me over 15 minuten</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Niet nu</translation>
    </message>
    <message>
        <source>Go to the reminder</source>
        <translation>Naar de herinnering</translation>
    </message>
    <message>
        <source>Parts of Pause</source>
        <translation>Onderdelen van Pause</translation>
    </message>
    <message>
        <source>&amp;About Pause</source>
        <translation>&amp;Over Pause</translation>
    </message>
    <message>
        <source>Breathe</source>
        <translation>Ademen</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <source>&amp;Breathe</source>
        <translation>&amp;Ademen</translation>
    </message>
    <message>
        <source>&amp;Goals</source>
        <translation>&amp;Doelen</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>&amp;Voortgang</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Dismiss</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Dismiss: {notice}</source>
        <translation>Sluiten: {notice}</translation>
    </message>
</context>
<context>
    <name>Patterns</name>
    <message>
        <source>Calm: in 4, out 6 (6 breaths a minute)</source>
        <translation>Rustig: 4 in, 6 uit (6 ademhalingen per minuut)</translation>
    </message>
    <message>
        <source>Resonance: in 5.5, out 5.5</source>
        <translation>Resonantie: 5,5 in, 5,5 uit</translation>
    </message>
    <message>
        <source>Gentle start: in 3, out 4</source>
        <translation>Zacht begin: 3 in, 4 uit</translation>
    </message>
    <message>
        <source>Sigh: in 2 and a little more, out 6</source>
        <translation>Zucht: 2 in en nog een beetje, 6 uit</translation>
    </message>
    <message>
        <source>Box: 4, hold 4, 4, hold 4 (holds the breath)</source>
        <translation>Vierkant: 4, 4 vasthouden, 4, 4 vasthouden (houdt de adem vast)</translation>
    </message>
    <message>
        <source>4-7-8: in 4, hold 7, out 8 (holds the breath)</source>
        <translation>4-7-8: 4 in, 7 vasthouden, 8 uit (houdt de adem vast)</translation>
    </message>
    <message>
        <source>Your own rhythm</source>
        <translation>Je eigen ritme</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <source>{amount} {unit}</source>
        <translation>{amount} {unit}</translation>
    </message>
    <message>
        <source>target {target}</source>
        <translation>doel {target}</translation>
    </message>
    <message>
        <source>Tired after {names}</source>
        <translation>Moe na {names}</translation>
    </message>
    <message>
        <source>A crash after {names}</source>
        <translation>Een terugval na {names}</translation>
    </message>
    <message>
        <source>One of the 3 days before the crash after {names} on {crash}</source>
        <translation>Een van de 3 dagen voor de terugval na {names} op {crash}</translation>
    </message>
    <message>
        <source>A big day with {names}: a lot more than its target</source>
        <translation>Een grote dag met {names}: veel meer dan het doel ervan</translation>
    </message>
    <message>
        <source>A tired day</source>
        <translation>Een dag dat je moe was</translation>
    </message>
    <message>
        <source>A crash</source>
        <translation>Een terugval</translation>
    </message>
    <message>
        <source>One of the 3 days before the crash on {crash}</source>
        <translation>Een van de 3 dagen voor de terugval op {crash}</translation>
    </message>
    <message>
        <source>A big day: a lot more than the target</source>
        <translation>Een grote dag: veel meer dan het doel</translation>
    </message>
    <message>
        <source>Went well</source>
        <translation>Ging goed</translation>
    </message>
    <message>
        <source>{amount} · {felt}</source>
        <translation>{amount} · {felt}</translation>
    </message>
    <message>
        <source>minutes · pauses</source>
        <translation>minuten · pauzes</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Toon:</translation>
    </message>
    <message>
        <source>Best of the day</source>
        <translation>Beste van de dag</translation>
    </message>
    <message>
        <source>Day total</source>
        <translation>Dagtotaal</translation>
    </message>
    <message>
        <source>&amp;Each day:</source>
        <translation>&amp;Per dag:</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <source>Show as a table</source>
        <translation>Als tabel tonen</translation>
    </message>
    <message>
        <source>The days shown, as a table a screen reader can read</source>
        <translation>De getoonde dagen, als tabel die een schermlezer kan voorlezen</translation>
    </message>
    <message>
        <source>Days shown</source>
        <translation>Getoonde dagen</translation>
    </message>
    <message>
        <source>Save the chart as an image…</source>
        <translation>Grafiek opslaan als afbeelding…</translation>
    </message>
    <message>
        <source>Save the days shown as a table (CSV)…</source>
        <translation>Getoonde dagen opslaan als tabel (CSV)…</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 maanden</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Back to today</source>
        <translation>Terug naar vandaag</translation>
    </message>
    <message>
        <source>Scroll or drag the chart to look back; this returns.</source>
        <translation>Scroll of sleep de grafiek om terug te kijken; deze knop brengt je terug naar vandaag.</translation>
    </message>
    <message>
        <source>What you did</source>
        <translation>Wat je deed</translation>
    </message>
    <message>
        <source>Your target</source>
        <translation>Je doel</translation>
    </message>
    <message>
        <source>A big day</source>
        <translation>Een grote dag</translation>
    </message>
    <message>
        <source>Tired day</source>
        <translation>Moe</translation>
    </message>
    <message>
        <source>Crash</source>
        <translation>Terugval</translation>
    </message>
    <message>
        <source>3 days before a crash</source>
        <translation>De 3 dagen voor een terugval</translation>
    </message>
    <message>
        <source>Lighter: another activity</source>
        <translation>Lichter: een andere activiteit</translation>
    </message>
    <message>
        <source>Minutes of calm breathing</source>
        <translation>Minuten rustig ademen</translation>
    </message>
    <message>
        <source>Pauses taken</source>
        <translation>Pauzes</translation>
    </message>
    <message>
        <source>Energy had</source>
        <translation>Energie die je had</translation>
    </message>
    <message>
        <source>Energy spent</source>
        <translation>Energie die de dag kostte</translation>
    </message>
    <message>
        <source>Severe symptoms</source>
        <translation>Ernstige klachten</translation>
    </message>
    <message>
        <source>Nothing logged yet. Each day you log will show here as a point; the dashed line is your target.</source>
        <translation>Nog niets genoteerd. Elke dag die je noteert, komt hier als een punt; de gestreepte lijn is je doel.</translation>
    </message>
    <message>
        <source>{name} (archived)</source>
        <translation>{name} (gearchiveerd)</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} en {second}</translation>
    </message>
    <message>
        <source>From {first} to {last}</source>
        <translation>Van {first} tot en met {last}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Since {day}</source>
        <translation>Sinds {day}</translation>
    </message>
    <message>
        <source>In the last {n} days</source>
        <translation>De afgelopen {n} dagen</translation>
    </message>
    <message>
        <source>{days}: no pauses yet. One is here whenever you want it.</source>
        <translation>{days}: nog geen pauzes. Een pauze kan wanneer jij wilt.</translation>
    </message>
    <message>
        <source>{days}: no pauses on these days.</source>
        <translation>{days}: geen pauzes op deze dagen.</translation>
    </message>
    <message>
        <source>Started with {current} {unit} on {since}</source>
        <translation>Begonnen met {current} {unit} op {since}</translation>
    </message>
    <message>
        <source>From {first} to {current} {unit} since {since}</source>
        <translation>Van {first} naar {current} {unit} sinds {since}</translation>
    </message>
    <message>
        <source>Chart: the arrow keys go from day to day</source>
        <translation>Grafiek: met de pijltjestoetsen ga je van dag naar dag</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) at or above the target</source>
        <translation>
            <numerusform>%n dag op of boven het doel</numerusform>
            <numerusform>%n dagen op of boven het doel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n big day(s)</source>
        <translation>
            <numerusform>%n grote dag</numerusform>
            <numerusform>%n grote dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) of calm breathing</source>
        <translation>
            <numerusform>%n minuut rustig ademen</numerusform>
            <numerusform>%n minuten rustig ademen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Inside your energy on {inside} of the last %n day(s)</source>
        <translation>
            <numerusform>Binnen je energie op {inside} van de afgelopen %n dag</numerusform>
            <numerusform>Binnen je energie op {inside} van de afgelopen %n dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pause(s)</source>
        <translation>
            <numerusform>%n pauze</numerusform>
            <numerusform>%n pauzes</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the chart as an image</source>
        <translation>Grafiek opslaan als afbeelding</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-afbeeldingen (*.png)</translation>
    </message>
    <message>
        <source>Save the days shown as a table</source>
        <translation>Getoonde dagen opslaan als tabel</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>CSV-tabellen (*.csv)</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name.</source>
        <translation>{path} bestaat al; kies een andere naam.</translation>
    </message>
    <message>
        <source>Could not save {path}: {reason}</source>
        <translation>{path} kon niet worden opgeslagen: {reason}</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>Opgeslagen: {path}</translation>
    </message>
    <message>
        <source>no symptoms</source>
        <translation>geen klachten</translation>
    </message>
    <message>
        <source>mild symptoms</source>
        <translation>lichte klachten</translation>
    </message>
    <message>
        <source>moderate symptoms</source>
        <translation>matige klachten</translation>
    </message>
    <message>
        <source>severe symptoms</source>
        <translation>ernstige klachten</translation>
    </message>
    <message>
        <source>very severe symptoms</source>
        <translation>zeer ernstige klachten</translation>
    </message>
    <message>
        <source>Energy had: {n} of 10</source>
        <translation>Energie die je had: {n} van 10</translation>
    </message>
    <message>
        <source>Energy spent: {n} of 10</source>
        <translation>Energie die de dag kostte: {n} van 10</translation>
    </message>
    <message>
        <source>The day took more than you had</source>
        <translation>De dag kostte meer dan je had</translation>
    </message>
    <message>
        <source>Sleep: {n} of 5</source>
        <translation>Slaap: {n} van 5</translation>
    </message>
    <message>
        <source>energy</source>
        <translation>energie</translation>
    </message>
    <message>
        <source>Resting heart rate: {bpm} a minute</source>
        <translation>Rustpols: {bpm} slagen per minuut</translation>
    </message>
    <message>
        <source>pulse</source>
        <translation>pols</translation>
    </message>
    <message>
        <source>Resting heart rate</source>
        <translation>Rustpols</translation>
    </message>
    <message>
        <source>A thin line of your resting pulse, from your watch or phone</source>
        <translation>Een dunne lijn met je rustpols, van je horloge of telefoon</translation>
    </message>
    <message>
        <source>Show the resting heart rate</source>
        <translation>Rustpols tonen</translation>
    </message>
    <message>
        <source>Nothing logged</source>
        <translation>Niets genoteerd</translation>
    </message>
    <message>
        <source>The days shown</source>
        <translation>De getoonde dagen</translation>
    </message>
    <message>
        <source>Done ({unit})</source>
        <translation>Gedaan ({unit})</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>Hoe het ging</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Deze week</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Vorige week</translation>
    </message>
    <message>
        <source>Week by week</source>
        <translation>Per week</translation>
    </message>
    <message>
        <source>Pauses</source>
        <translation>Pauzes</translation>
    </message>
    <message>
        <source>Rests</source>
        <translation>Rustmomenten</translation>
    </message>
    <message>
        <source>A rest is a time away from the computer of a minute or more.</source>
        <translation>Een rustmoment is een minuut of langer weg van de computer.</translation>
    </message>
    <message>
        <source>Pauses and rests, week by week</source>
        <translation>Pauzes en rustmomenten per week</translation>
    </message>
    <message>
        <source>{week}: pauses {pauses}, rests {rests}</source>
        <translation>{week}: pauzes {pauses}, rustmomenten {rests}</translation>
    </message>
    <message>
        <source>{week}, pauses: {count}</source>
        <translation>{week}, pauzes: {count}</translation>
    </message>
    <message>
        <source>{week}, rests: {count}</source>
        <translation>{week}, rustmomenten: {count}</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>See it grow</source>
        <translation>Kijk hoe het groeit</translation>
    </message>
    <message>
        <source>Small steps add up. Rest and calm breathing are progress too.</source>
        <translation>Kleine stappen tikken aan. Rust en rustig ademen zijn ook vooruitgang.</translation>
    </message>
    <message>
        <source>Once you log an activity, this page shows how it grows over time as a chart: what you did each day, your target, the days that went well, and your rest and pauses beside them.</source>
        <translation>Zodra je iets noteert bij een activiteit, laat deze pagina in een grafiek zien hoe die groeit: wat je elke dag deed, je doel, de dagen die goed gingen, en daarnaast je rust en je pauzes.</translation>
    </message>
    <message>
        <source>Calm breathing</source>
        <translation>Rustig ademen</translation>
    </message>
    <message numerus="yes">
        <source>In the last 30 days: %n pause(s)</source>
        <translation>
            <numerusform>De afgelopen 30 dagen: %n pauze</numerusform>
            <numerusform>De afgelopen 30 dagen: %n pauzes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) of calm breathing</source>
        <translation>
            <numerusform>%n minuut rustig ademen</numerusform>
            <numerusform>%n minuten rustig ademen</numerusform>
        </translation>
    </message>
    <message>
        <source>Your small steps will show here</source>
        <translation>Hier zie je straks je kleine stappen</translation>
    </message>
</context>
<context>
    <name>ReminderWindow</name>
    <message>
        <source>Start a pause</source>
        <translation>Begin een pauze</translation>
    </message>
    <message>
        <source>In 15 minutes</source>
        <translation>Over 15 minuten</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Niet nu</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Een reservekopie terugzetten</translation>
    </message>
    <message>
        <source>Choose the copy of your data to put back. The newest is at the top.</source>
        <translation>Kies welke kopie van je gegevens je wilt terugzetten. De nieuwste staat bovenaan.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Reservekopieën</translation>
    </message>
    <message>
        <source>There are no backups yet. File ▸ Back up now makes one.</source>
        <translation>Er zijn nog geen reservekopieën. Met Bestand ▸ Nu een reservekopie maken maak je er een.</translation>
    </message>
    <message>
        <source>Restore and restart</source>
        <translation>Terugzetten en opnieuw starten</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>This could not be saved: {reason}</source>
        <translation>Dit kon niet worden opgeslagen: {reason}</translation>
    </message>
    <message>
        <source>Pause could not change this: {reason}</source>
        <translation>Pause kon dit niet veranderen: {reason}</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <source>Please use a whole number of minutes from {minimum} to {maximum}.</source>
        <translation>Gebruik een heel aantal minuten, van {minimum} tot {maximum}.</translation>
    </message>
    <message>
        <source>Please use seconds: in and out 1 to 15, each hold 0 to 10.</source>
        <translation>Gebruik seconden: in en uit 1 tot 15, vasthouden 0 tot 10.</translation>
    </message>
    <message>
        <source>Pause cannot use this value; the saved one stays.</source>
        <translation>Pause kan deze waarde niet gebruiken; de opgeslagen waarde blijft.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>&amp;Reminders</source>
        <translation>&amp;Herinneringen</translation>
    </message>
    <message>
        <source>&amp;Breathing</source>
        <translation>&amp;Ademen</translation>
    </message>
    <message>
        <source>&amp;Sound</source>
        <translation>&amp;Geluid</translation>
    </message>
    <message>
        <source>Loo&amp;k and language</source>
        <translation>&amp;Uiterlijk en taal</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>S&amp;tarten</translation>
    </message>
    <message>
        <source>Every change is kept at once.</source>
        <translation>Elke wijziging wordt meteen bewaard.</translation>
    </message>
    <message>
        <source>Remind &amp;me now and then to pause</source>
        <translation>Herinner &amp;me af en toe aan een pauze</translation>
    </message>
    <message>
        <source>&amp;Every</source>
        <translation>&amp;Elke</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minuten</translation>
    </message>
    <message>
        <source>&amp;Active hours</source>
        <translation>Actie&amp;ve uren</translation>
    </message>
    <message>
        <source>S&amp;how them as</source>
        <translation>T&amp;onen als</translation>
    </message>
    <message>
        <source>A desktop notification</source>
        <translation>Een melding op het bureaublad</translation>
    </message>
    <message>
        <source>A small window in a corner</source>
        <translation>Een klein venster in een hoek</translation>
    </message>
    <message>
        <source>Ask how my energy is when I start the &amp;day</source>
        <translation>Vraag naar mijn energie als ik aan de dag beg&amp;in</translation>
    </message>
    <message>
        <source>Adapt reminders to my energy &amp;check-in</source>
        <translation>Stem herinneringen af op mijn energie-&amp;check-in</translation>
    </message>
    <message>
        <source>On a low-energy day, pauses come a little more often.</source>
        <translation>Op een dag met weinig energie komen de pauzes wat vaker.</translation>
    </message>
    <message>
        <source>&amp;Pattern</source>
        <translation>&amp;Patroon</translation>
    </message>
    <message>
        <source>&amp;Your own rhythm</source>
        <translation>&amp;Je eigen ritme</translation>
    </message>
    <message>
        <source>Seconds: in and out 1 to 15, each hold 0 to 10.</source>
        <translation>Seconden: in en uit 1 tot 15, vasthouden 0 tot 10.</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>Breathing in a pa&amp;use</source>
        <translation>Ademen in een pau&amp;ze</translation>
    </message>
    <message>
        <source>Session &amp;length</source>
        <translation>&amp;Duur van een sessie</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Sound is not available on this computer; breathing works without it.</source>
        <translation>Geluid werkt niet op deze computer; ademen gaat ook zonder.</translation>
    </message>
    <message>
        <source>Soft sound &amp;cues for breathing in and out</source>
        <translation>Zachte geluids&amp;signalen bij in- en uitademen</translation>
    </message>
    <message>
        <source>&amp;Volume</source>
        <translation>&amp;Volume</translation>
    </message>
    <message>
        <source>A soft c&amp;hime when a session ends</source>
        <translation>Een zacht &amp;belletje als een sessie klaar is</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Taa&amp;l</translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation>Zoals op deze computer</translation>
    </message>
    <message>
        <source>Please choose at least one day, and let each time range start before it ends, without overlapping another.</source>
        <translation>Kies minstens één dag, en laat elk tijdvak beginnen voordat het eindigt, zonder overlap met een ander tijdvak.</translation>
    </message>
    <message>
        <source>Away &amp;for</source>
        <translation>&amp;Weg van de computer</translation>
    </message>
    <message>
        <source>minutes or more counts as a pause</source>
        <translation>minuten of langer telt als pauze</translation>
    </message>
    <message>
        <source>Let reminders &amp;wait during full screen, calls and do not disturb</source>
        <translation>Herinneringen laten wachten bij volledig scherm, gesprekken en niet &amp;storen</translation>
    </message>
    <message>
        <source>For hours past midnight, please use two time ranges: one until 00:00 and one from 00:00.</source>
        <translation>Voor uren na middernacht gebruik je twee tijdvakken: een tot 00:00 en een vanaf 00:00.</translation>
    </message>
    <message>
        <source>Please let each time range start before it ends, without overlapping another.</source>
        <translation>Laat elk tijdvak beginnen voordat het eindigt, zonder overlap met een ander tijdvak.</translation>
    </message>
    <message>
        <source>This desktop does not tell Pause when you are away; reminders keep to their times.</source>
        <translation>Dit bureaublad laat Pause niet weten wanneer je weg bent; herinneringen komen dus gewoon op hun tijd.</translation>
    </message>
    <message>
        <source>A screen reader says each “Breathe in” and “Breathe &amp;out”</source>
        <translation>Een &amp;schermlezer zegt elke keer “Adem in” en “Adem uit”</translation>
    </message>
    <message>
        <source>A soft chime with a remi&amp;nder</source>
        <translation>Een zacht belletje bij een herinneri&amp;ng</translation>
    </message>
    <message>
        <source>The chime with a reminder sounds only with the sound cues on.</source>
        <translation>Het belletje bij een herinnering klinkt alleen als de geluidjes aan staan.</translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation>&amp;Kleuren</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <source>&amp;Movement</source>
        <translation>&amp;Beweging</translation>
    </message>
    <message>
        <source>Less movement</source>
        <translation>Minder beweging</translation>
    </message>
    <message>
        <source>Normal movement</source>
        <translation>Gewone beweging</translation>
    </message>
    <message>
        <source>With less movement the breathing circle keeps its size and brightens and dims instead.</source>
        <translation>Met minder beweging blijft de ademcirkel even groot en wordt hij lichter en donkerder.</translation>
    </message>
    <message>
        <source>C&amp;ontrast</source>
        <translation>C&amp;ontrast</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standaard</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoog contrast</translation>
    </message>
    <message>
        <source>Te&amp;xt size</source>
        <translation>Tekstg&amp;rootte</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Groot</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Groter</translation>
    </message>
    <message>
        <source>Open Pause when I &amp;log in</source>
        <translation>Open Pause als ik me aan&amp;meld</translation>
    </message>
    <message>
        <source>Then reminders come without opening Pause first.</source>
        <translation>Dan komen herinneringen zonder dat je Pause eerst opent.</translation>
    </message>
    <message>
        <source>Pause cannot start itself at login on this desktop; it opens when you start it.</source>
        <translation>Op dit bureaublad kan Pause niet vanzelf starten bij het aanmelden; het opent wanneer je het zelf start.</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>recognised from the file</source>
        <translation>herkend aan het bestand</translation>
    </message>
    <message>
        <source>Apple Health</source>
        <translation>Apple Health</translation>
    </message>
    <message>
        <source>Gadgetbridge</source>
        <translation>Gadgetbridge</translation>
    </message>
    <message>
        <source>Google Fit</source>
        <translation>Google Fit</translation>
    </message>
    <message>
        <source>Fitbit</source>
        <translation>Fitbit</translation>
    </message>
    <message>
        <source>Garmin Connect</source>
        <translation>Garmin Connect</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>Pause cannot open this file; check that it is still there and readable.</source>
        <translation>Pause kan dit bestand niet openen; kijk of het er nog is en of het te lezen is.</translation>
    </message>
    <message>
        <source>Pause does not recognise this file. It reads steps from: {formats}.</source>
        <translation>Pause herkent dit bestand niet. Pause leest stappen uit: {formats}.</translation>
    </message>
    <message>
        <source>This file does not look like a {format} export.</source>
        <translation>Dit bestand lijkt geen export van {format}.</translation>
    </message>
    <message>
        <source>This zip file is damaged or incomplete; a fresh export usually helps.</source>
        <translation>Dit zipbestand is beschadigd of onvolledig; een nieuwe export helpt meestal.</translation>
    </message>
    <message>
        <source>This file would unpack to far more than any export holds, so Pause left it closed.</source>
        <translation>Uitgepakt zou dit bestand veel groter worden dan een export ooit is, dus Pause heeft het dicht gelaten.</translation>
    </message>
    <message>
        <source>This export is cut short or damaged (near line {detail}); a fresh export usually helps.</source>
        <translation>Deze export is afgebroken of beschadigd (rond regel {detail}); een nieuwe export helpt meestal.</translation>
    </message>
    <message>
        <source>This export is cut short or damaged; a fresh export usually helps.</source>
        <translation>Deze export is afgebroken of beschadigd; een nieuwe export helpt meestal.</translation>
    </message>
    <message>
        <source>This XML file declares entities, which a health export never does; to keep your computer safe, Pause does not read it.</source>
        <translation>Dit XML-bestand declareert entiteiten, wat een gezondheidsexport nooit doet; om je computer veilig te houden, leest Pause het niet.</translation>
    </message>
    <message>
        <source>This database is not a Gadgetbridge export: it holds no step samples.</source>
        <translation>Deze database is geen export van Gadgetbridge: er staan geen stapmetingen in.</translation>
    </message>
    <message>
        <source>This database cannot be read; it may be damaged. A fresh export usually helps.</source>
        <translation>Deze database kan niet worden gelezen; misschien is hij beschadigd. Een nieuwe export helpt meestal.</translation>
    </message>
    <message>
        <source>“{detail}” has no “Step count” column, so there are no steps to read.</source>
        <translation>“{detail}” heeft geen kolom “Step count”, dus er zijn geen stappen om te lezen.</translation>
    </message>
    <message>
        <source>“{detail}” is damaged or not what Pause expected.</source>
        <translation>“{detail}” is beschadigd of niet wat Pause verwachtte.</translation>
    </message>
    <message>
        <source>“{detail}” is larger than a Fitbit or Garmin file ever is (more than 32 MiB), so Pause did not read it.</source>
        <translation>“{detail}” is groter dan een bestand van Fitbit of Garmin ooit is (meer dan 32 MiB), dus Pause heeft het niet gelezen.</translation>
    </message>
    <message>
        <source>This file holds no steps Pause can use: {detail} of its values are not a step count.</source>
        <translation>In dit bestand staan geen stappen die Pause kan gebruiken: {detail} van de waarden zijn geen aantal stappen.</translation>
    </message>
    <message>
        <source>This file holds no steps for these days.</source>
        <translation>In dit bestand staan geen stappen voor deze dagen.</translation>
    </message>
    <message>
        <source>“{name}” is counted in {unit}, not in steps; choose an activity counted in steps. Nothing was imported.</source>
        <translation>“{name}” wordt geteld in {unit}, niet in stappen; kies een activiteit die in stappen wordt geteld. Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>There is no activity called “{name}”. Add one counted in steps first, for example: pause-app activity add &quot;Walking&quot; --unit steps --target 2000. Nothing was imported.</source>
        <translation>Er is geen activiteit met de naam “{name}”. Voeg eerst een activiteit toe die in stappen wordt geteld, bijvoorbeeld: pause-app activity add &quot;Wandelen&quot; --unit steps --target 2000. Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>There is no activity called “{name}”. Add one counted in steps first, starting on the file&apos;s first day, for example: pause-app activity add &quot;{name}&quot; --unit steps --target 2000 --on {first}. Nothing was imported.</source>
        <translation>Er is geen activiteit met de naam “{name}”. Voeg eerst een activiteit toe die in stappen wordt geteld en op de eerste dag van het bestand begint, bijvoorbeeld: pause-app activity add &quot;{name}&quot; --unit steps --target 2000 --on {first}. Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>Import these steps? Add --yes to import them.</source>
        <translation>Deze stappen importeren? Voeg --yes toe om ze te importeren.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was imported.</source>
        <translation>Geannuleerd. Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>stappen</translation>
    </message>
    <message>
        <source>--since needs a day like 2024-03-30, not “{text}”. Nothing was imported.</source>
        <translation>--since heeft een dag nodig zoals 2024-03-30, niet “{text}”. Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>Reading the file… {percent}%</source>
        <translation>Het bestand wordt gelezen… {percent}%</translation>
    </message>
    <message>
        <source>Format: {format}.</source>
        <translation>Formaat: {format}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) with steps, from {first} to {last}.</source>
        <translation>
            <numerusform>%Ln dag met stappen, van {first} tot en met {last}.</numerusform>
            <numerusform>%Ln dagen met stappen, van {first} tot en met {last}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln step(s) in all.</source>
        <translation>
            <numerusform>%Ln stap in totaal.</numerusform>
            <numerusform>%Ln stappen in totaal.</numerusform>
        </translation>
    </message>
    <message>
        <source>Into “{activity}”:</source>
        <translation>In “{activity}”:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new day(s)</source>
        <translation>
            <numerusform>%Ln nieuwe dag</numerusform>
            <numerusform>%Ln nieuwe dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) with more steps than before</source>
        <translation>
            <numerusform>%Ln dag met meer stappen dan eerst</numerusform>
            <numerusform>%Ln dagen met meer stappen dan eerst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) already here as they are</source>
        <translation>
            <numerusform>%Ln dag die er al precies zo staat</numerusform>
            <numerusform>%Ln dagen die er al precies zo staan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) already here with more steps than this file gives: they keep the larger count.</source>
        <translation>
            <numerusform>%Ln dag die er al staat met meer stappen dan in dit bestand: die houdt het hogere aantal.</numerusform>
            <numerusform>%Ln dagen die er al staan met meer stappen dan in dit bestand: die houden het hogere aantal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) with a log you typed: they stay as you wrote them.</source>
        <translation>
            <numerusform>%Ln dag die je zelf hebt genoteerd: die blijft zoals je hem schreef.</numerusform>
            <numerusform>%Ln dagen die je zelf hebt genoteerd: die blijven zoals je ze schreef.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) with a resting heart rate to add.</source>
        <translation>
            <numerusform>%Ln dag met een rustpols om toe te voegen.</numerusform>
            <numerusform>%Ln dagen met een rustpols om toe te voegen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) before “{activity}” started: left out.</source>
        <translation>
            <numerusform>%Ln dag voordat “{activity}” begon: overgeslagen.</numerusform>
            <numerusform>%Ln dagen voordat “{activity}” begon: overgeslagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) after today: left out (a device clock may be set wrong).</source>
        <translation>
            <numerusform>%Ln dag na vandaag: overgeslagen (misschien staat de klok van een apparaat verkeerd).</numerusform>
            <numerusform>%Ln dagen na vandaag: overgeslagen (misschien staat de klok van een apparaat verkeerd).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) of more than {most} steps: left out (more than a day can hold; a device may have gone wrong).</source>
        <translation>
            <numerusform>%Ln dag met meer dan {most} stappen: overgeslagen (meer dan in een dag past; misschien heeft een apparaat zich vergist).</numerusform>
            <numerusform>%Ln dagen met meer dan {most} stappen: overgeslagen (meer dan in een dag past; misschien heeft een apparaat zich vergist).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) whose value is not a step count: left out.</source>
        <translation>
            <numerusform>%Ln meting met een waarde die geen aantal stappen is: overgeslagen.</numerusform>
            <numerusform>%Ln metingen met een waarde die geen aantal stappen is: overgeslagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every day in this file is left out, as said above; there is nothing to add.</source>
        <translation>Elke dag in dit bestand wordt overgeslagen, zoals hierboven staat; er is niets toe te voegen.</translation>
    </message>
    <message>
        <source>Everything in this file is already here; there is nothing to add.</source>
        <translation>Alles in dit bestand staat hier al; er is niets toe te voegen.</translation>
    </message>
    <message>
        <source>Everything in this file was already here; nothing changed.</source>
        <translation>Alles in dit bestand stond hier al; er is niets veranderd.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) with more steps</source>
        <translation>
            <numerusform>%Ln dag met meer stappen</numerusform>
            <numerusform>%Ln dagen met meer stappen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) of resting heart rate</source>
        <translation>
            <numerusform>%Ln dag met rustpols</numerusform>
            <numerusform>%Ln dagen met rustpols</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported into “{activity}”: {counts}.</source>
        <translation>Geïmporteerd in “{activity}”: {counts}.</translation>
    </message>
</context>
<context>
    <name>StepsActivityDialog</name>
    <message>
        <source>Import steps</source>
        <translation>Stappen importeren</translation>
    </message>
    <message>
        <source>From {file}</source>
        <translation>Uit {file}</translation>
    </message>
    <message>
        <source>Each day&apos;s steps become that day&apos;s log, marked as imported. Days you logged yourself stay as you logged them.</source>
        <translation>De stappen van elke dag worden de notering van die dag, gemarkeerd als geïmporteerd. Dagen die je zelf hebt genoteerd, blijven zoals ze zijn.</translation>
    </message>
    <message>
        <source>&amp;Into the activity</source>
        <translation>Toevoegen aan &amp;activiteit</translation>
    </message>
    <message>
        <source>Into the activity</source>
        <translation>Toevoegen aan activiteit</translation>
    </message>
    <message>
        <source>A new activity counted in steps</source>
        <translation>Een nieuwe activiteit, geteld in stappen</translation>
    </message>
    <message>
        <source>&amp;Name of the new activity</source>
        <translation>&amp;Naam van de nieuwe activiteit</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Stappen</translation>
    </message>
    <message>
        <source>&amp;Target to start with, in steps a day</source>
        <translation>&amp;Doel om mee te beginnen, in stappen per dag</translation>
    </message>
    <message>
        <source>for example: 2000</source>
        <translation>bijvoorbeeld: 2000</translation>
    </message>
    <message>
        <source>Choose an amount you can manage on a difficult day; it grows from there.</source>
        <translation>Kies een aantal dat je ook op een zware dag aankunt; van daaruit groeit het.</translation>
    </message>
    <message>
        <source>&amp;Read the steps</source>
        <translation>Stappen &amp;lezen</translation>
    </message>
</context>
<context>
    <name>StepsImport</name>
    <message>
        <source>Import steps from a phone or a watch</source>
        <translation>Stappen importeren van een telefoon of horloge</translation>
    </message>
    <message>
        <source>Step exports (*.zip *.xml *.db *.sqlite *.csv *.json);;All files (*)</source>
        <translation>Stappenexports (*.zip *.xml *.db *.sqlite *.csv *.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Import steps from a folder</source>
        <translation>Stappen importeren uit een map</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>Het importeren is geannuleerd. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>The file could not be read. Nothing was changed.</source>
        <translation>Het bestand kon niet worden gelezen. Er is niets veranderd.</translation>
    </message>
</context>
<context>
    <name>StepsPreviewDialog</name>
    <message>
        <source>Import steps</source>
        <translation>Stappen importeren</translation>
    </message>
    <message>
        <source>From {file}</source>
        <translation>Uit {file}</translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>Wat de import doet</translation>
    </message>
    <message>
        <source>Nothing is written until you choose Import.</source>
        <translation>Er wordt niets opgeslagen tot je op Importeren klikt.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
</context>
<context>
    <name>StepsProgressDialog</name>
    <message>
        <source>Import steps</source>
        <translation>Stappen importeren</translation>
    </message>
    <message>
        <source>Reading the steps in the file. Nothing is written yet.</source>
        <translation>De stappen in het bestand worden gelezen. Er wordt nog niets opgeslagen.</translation>
    </message>
    <message>
        <source>How much of the file is read</source>
        <translation>Hoeveel van het bestand gelezen is</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>at {time}</source>
        <translation>om {time}</translation>
    </message>
    <message>
        <source>tomorrow at {time}</source>
        <translation>morgen om {time}</translation>
    </message>
    <message>
        <source>on {weekday} at {time}</source>
        <translation>op {weekday} om {time}</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <source>tomorrow {time}</source>
        <translation>morgen {time}</translation>
    </message>
    <message>
        <source>Waiting: a full-screen window is open</source>
        <translation>Even wachten: er staat een venster op volledig scherm</translation>
    </message>
    <message>
        <source>Waiting: notifications are paused on this desktop</source>
        <translation>Even wachten: dit bureaublad houdt meldingen tegen</translation>
    </message>
    <message>
        <source>Waiting: a call or video is on</source>
        <translation>Even wachten: er loopt een gesprek of video</translation>
    </message>
    <message>
        <source>Waiting until you are back</source>
        <translation>Even wachten tot je terug bent</translation>
    </message>
    <message>
        <source>You were away: the next pause is {when}</source>
        <translation>Je was weg: de volgende pauze is {when}</translation>
    </message>
    <message>
        <source>Next pause {when}</source>
        <translation>Volgende pauze {when}</translation>
    </message>
    <message>
        <source>Snoozed until {until}</source>
        <translation>Uitgesteld tot {until}</translation>
    </message>
    <message>
        <source>Reminders on hold until {until}</source>
        <translation>Herinneringen staan in de wacht tot {until}</translation>
    </message>
    <message>
        <source>Reminders on hold until you turn them back on</source>
        <translation>Herinneringen staan in de wacht tot je ze weer aanzet</translation>
    </message>
    <message>
        <source>Hold reminders</source>
        <translation>Herinneringen in de wacht zetten</translation>
    </message>
    <message>
        <source>Remind me in 15 minutes</source>
        <translation>Herinner me over 15 minuten</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Niet nu</translation>
    </message>
    <message>
        <source>Reminders are off</source>
        <translation>Herinneringen staan uit</translation>
    </message>
    <message>
        <source>Start a pause</source>
        <translation>Begin een pauze</translation>
    </message>
    <message>
        <source>Breathe for 2 minutes</source>
        <translation>2 minuten ademen</translation>
    </message>
    <message>
        <source>Log a step…</source>
        <translation>Een stap noteren…</translation>
    </message>
    <message>
        <source>How is my energy today…</source>
        <translation>Hoe is mijn energie vandaag…</translation>
    </message>
    <message>
        <source>Show progress</source>
        <translation>Voortgang tonen</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Uitstellen</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 minuten</translation>
    </message>
    <message>
        <source>30 minutes</source>
        <translation>30 minuten</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 uur</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>1 uur</translation>
    </message>
    <message>
        <source>For 2 hours</source>
        <translation>2 uur</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Tot morgen</translation>
    </message>
    <message>
        <source>Until I turn them back on</source>
        <translation>Tot ik ze weer aanzet</translation>
    </message>
    <message>
        <source>Turn reminders back on</source>
        <translation>Herinneringen weer aanzetten</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Instellingen…</translation>
    </message>
    <message>
        <source>About Pause</source>
        <translation>Over Pause</translation>
    </message>
    <message>
        <source>Quit Pause</source>
        <translation>Pause afsluiten</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>The settings file could not be read, so Pause started with default settings. The old file is kept as {backup}.</source>
        <translation>Het instellingenbestand kon niet worden gelezen, dus Pause is gestart met de standaardinstellingen. Het oude bestand is bewaard als {backup}.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Step size</source>
        <translation>Stapgrootte</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>please fill this in.</source>
        <translation>vul dit in.</translation>
    </message>
    <message>
        <source>please keep it to {limit} characters or fewer.</source>
        <translation>gebruik hooguit {limit} tekens.</translation>
    </message>
    <message>
        <source>please use a whole number, like 50.</source>
        <translation>gebruik een heel getal, zoals 50.</translation>
    </message>
    <message>
        <source>please use a number, like 2 or 2.5.</source>
        <translation>gebruik een getal, zoals 2 of 2,5.</translation>
    </message>
    <message>
        <source>this cannot be below zero.</source>
        <translation>dit mag niet lager zijn dan nul.</translation>
    </message>
    <message>
        <source>this can be at most {limit}.</source>
        <translation>dit mag hooguit {limit} zijn.</translation>
    </message>
    <message>
        <source>please write the date as YYYY-MM-DD, for example 2026-03-01.</source>
        <translation>schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2026-03-01.</translation>
    </message>
    <message>
        <source>this day has not happened yet.</source>
        <translation>deze dag is nog niet geweest.</translation>
    </message>
    <message>
        <source>please choose a day after {limit}.</source>
        <translation>kies een dag na {limit}.</translation>
    </message>
    <message>
        <source>this day is before the activity started, on {limit}.</source>
        <translation>deze dag ligt voor de start van de activiteit, op {limit}.</translation>
    </message>
    <message>
        <source>this day is before the last change of the target, on {limit}.</source>
        <translation>deze dag ligt voor de laatste wijziging van het doel, op {limit}.</translation>
    </message>
    <message>
        <source>the target is {limit} already.</source>
        <translation>het doel is al {limit}.</translation>
    </message>
    <message>
        <source>there is already an activity called “{limit}”.</source>
        <translation>er is al een activiteit met de naam “{limit}”.</translation>
    </message>
    <message>
        <source>there is no activity called “{limit}”.</source>
        <translation>er is geen activiteit met de naam “{limit}”.</translation>
    </message>
    <message>
        <source>an empty value to end a hold, manual, or a moment in UTC within a year, like 2026-11-25T16:00:00Z</source>
        <translation>leeg om herinneringen weer aan te zetten, manual, of een moment in UTC binnen een jaar, zoals 2026-11-25T16:00:00Z</translation>
    </message>
    <message>
        <source>not said</source>
        <translation>niet aangegeven</translation>
    </message>
    <message>
        <source>No target yet: log what you do for a week, and a first target a little below it will be offered.</source>
        <translation>Nog geen doel: noteer een week lang wat je doet, daarna krijg je een eerste doel voorgesteld dat er net iets onder ligt.</translation>
    </message>
    <message>
        <source>Maintenance mode is on: the goal is to stay within your limits.</source>
        <translation>Onderhoudsmodus staat aan: het doel is binnen je grenzen blijven.</translation>
    </message>
    <message>
        <source>The weekly limit in your settings keeps this target where it is. You can set it yourself whenever it feels right.</source>
        <translation>Door de grens per week in je instellingen blijft dit doel staan. Je kunt het doel zelf instellen wanneer het goed aanvoelt.</translation>
    </message>
    <message>
        <source>You are recovering from a crash. Rest is the step for now; a next step can come on {day} at the earliest.</source>
        <translation>Je herstelt van een terugval. Rust is nu de stap; een volgende stap kan op zijn vroegst op {day} komen.</translation>
    </message>
    <message>
        <source>A tired day was logged recently, so the target stays where it is. A next step can come on {day} at the earliest.</source>
        <translation>Je hebt kort geleden een dag genoteerd waarop je moe was, dus je doel blijft staan. Een volgende stap kan op zijn vroegst op {day} komen.</translation>
    </message>
    <message>
        <source>Your next step can come on {day}: your body gets a few days to answer the last one.</source>
        <translation>Je volgende stap kan op {day} komen: je lichaam krijgt een paar dagen om op de vorige te reageren.</translation>
    </message>
    <message>
        <source>A first target could be {offer} {unit}, a little below what you did this week. Only if it feels right.</source>
        <translation>Een eerste doel kan {offer} {unit} zijn, net iets onder wat je deze week deed. Alleen als het goed aanvoelt.</translation>
    </message>
    <message>
        <source>A next step could be from {target} to {offer} {unit}. Only if it feels right; saying no is fine too.</source>
        <translation>Een volgende stap kan van {target} naar {offer} {unit} zijn. Alleen als het goed aanvoelt; nee zeggen mag ook.</translation>
    </message>
    <message>
        <source>Your next step comes after a few more days on which {target} {unit} went well.</source>
        <translation>Je volgende stap komt na nog een paar dagen waarop {target} {unit} goed ging.</translation>
    </message>
    <message>
        <source>Time for a short pause?</source>
        <translation>Tijd voor een korte pauze?</translation>
    </message>
    <message>
        <source>Are you tense, or being extra careful again? Stop, breathe, feel safe, and carry on.</source>
        <translation>Ben je weer gespannen, of extra voorzichtig? Stop, adem, voel dat je veilig bent, en ga weer door.</translation>
    </message>
    <message>
        <source>You have grown enough for this week. A next step can come on {day}.</source>
        <translation>Je bent deze week al genoeg gegroeid. Een volgende stap kan op {day} komen.</translation>
    </message>
    <message>
        <source>A big day was logged recently, so the target stays where it is. Keep these days light; a next step can come on {day} at the earliest.</source>
        <translation>Je hebt kort geleden een grote dag genoteerd, dus je doel blijft staan. Doe het deze dagen rustig aan; een volgende stap kan op zijn vroegst op {day} komen.</translation>
    </message>
    <message>
        <source>You are recovering from a crash on {day}. Rest is the step for now; a next step can come on {until} at the earliest.</source>
        <translation>Je herstelt van een terugval op {day}. Rust is nu de stap; een volgende stap kan op zijn vroegst op {until} komen.</translation>
    </message>
    <message>
        <source>You were tired on {day}, so the target stays at {target} {unit} until {until}. Rest counts too.</source>
        <translation>Je was moe op {day}, dus je doel blijft tot {until} op {target} {unit}. Rust telt ook.</translation>
    </message>
    <message>
        <source>You did a lot more than your target on {day}, so it stays at {target} {unit} until {until}. Keep these days light and notice how you feel.</source>
        <translation>Je deed op {day} veel meer dan je doel, dus het blijft tot {until} op {target} {unit}. Doe het deze dagen rustig aan en merk op hoe je je voelt.</translation>
    </message>
    <message>
        <source>You are recovering from the crash logged for “{source}” on {day}, so this target stays at {target} {unit} until {until}. Rest is the step for now.</source>
        <translation>Je herstelt van de terugval die op {day} bij “{source}” is genoteerd, dus dit doel blijft tot {until} op {target} {unit}. Rust is nu de stap.</translation>
    </message>
    <message>
        <source>You were tired after “{source}” on {day}, so this target stays at {target} {unit} until {until}.</source>
        <translation>Je was moe na “{source}” op {day}, dus dit doel blijft tot {until} op {target} {unit}.</translation>
    </message>
    <message>
        <source>You did a lot more than planned with “{source}” on {day}, so this target stays at {target} {unit} until {until}. Keep these days light.</source>
        <translation>Je deed op {day} veel meer dan gepland met “{source}”, dus dit doel blijft tot {until} op {target} {unit}. Doe het deze dagen rustig aan.</translation>
    </message>
    <message>
        <source>That was a lot more than your target of {target} {unit}. Keep the next days light and notice how you feel.</source>
        <translation>Dat was veel meer dan je doel van {target} {unit}. Doe het de komende dagen rustig aan en merk op hoe je je voelt.</translation>
    </message>
    <message>
        <source>Smaller steps are safer: a jump of more than 10% can lead to a crash a day or two later.</source>
        <translation>Kleinere stappen zijn veiliger: een sprong van meer dan 10% kan een dag of twee later tot een terugval leiden.</translation>
    </message>
    <message>
        <source>{field}: {sentence}</source>
        <translation>{field}: {sentence}</translation>
    </message>
    <message>
        <source>this contains invisible or control characters; please leave them out.</source>
        <translation>hierin staan onzichtbare tekens of stuurtekens; laat die weg.</translation>
    </message>
    <message>
        <source>this contains bytes that are not text (UTF-8); please type it again.</source>
        <translation>hierin staan bytes die geen tekst zijn (UTF-8); typ het opnieuw.</translation>
    </message>
    <message>
        <source>There is no setting called “{key}”.</source>
        <translation>Er is geen instelling met de naam “{key}”.</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true of false</translation>
    </message>
    <message>
        <source>four numbers of seconds, like 4,0,6,0: in 1 to 15, hold 0 to 10, out 1 to 15, hold 0 to 10</source>
        <translation>vier aantallen seconden, zoals 4,0,6,0: in 1 tot 15, vasthouden 0 tot 10, uit 1 tot 15, vasthouden 0 tot 10</translation>
    </message>
    <message>
        <source>a whole number from {minimum} to {maximum}</source>
        <translation>een heel getal van {minimum} tot en met {maximum}</translation>
    </message>
    <message>
        <source>two ranges for hours past midnight, like 22:00-24:00,00:00-02:00</source>
        <translation>twee tijdvakken voor uren na middernacht, zoals 22:00-24:00,00:00-02:00</translation>
    </message>
    <message>
        <source>hours like 09:00-21:00, or days and hours like mon-fri 09:00-17:00; sat,sun 10:00-20:00</source>
        <translation>uren zoals 09:00-21:00, of dagen en uren zoals ma-vr 09:00-17:00; za,zo 10:00-20:00</translation>
    </message>
    <message>
        <source>one of: {choices}</source>
        <translation>één van: {choices}</translation>
    </message>
    <message>
        <source>{key} cannot be “{value}”; use {allowed}.</source>
        <translation>{key} kan niet “{value}” zijn; kies {allowed}.</translation>
    </message>
    <message>
        <source>{path} is in Pause&apos;s own folders; choose a place outside them.</source>
        <translation>{path} staat in de eigen mappen van Pause; kies een plek daarbuiten.</translation>
    </message>
    <message>
        <source>Some settings had values Pause cannot use and are back to their defaults: {keys}.</source>
        <translation>Sommige instellingen hadden een waarde die Pause niet kan gebruiken en staan weer op hun standaardwaarde: {keys}.</translation>
    </message>
    <message>
        <source>reading it is not allowed</source>
        <translation>lezen is niet toegestaan</translation>
    </message>
    <message>
        <source>it is not an ordinary file</source>
        <translation>het is geen gewoon bestand</translation>
    </message>
    <message>
        <source>it does not hold settings Pause can read</source>
        <translation>er staan geen instellingen in die Pause kan lezen</translation>
    </message>
    <message>
        <source>it does not hold settings Pause can read, and its folder does not let Pause keep it aside</source>
        <translation>er staan geen instellingen in die Pause kan lezen, en in die map kan Pause het niet apart zetten</translation>
    </message>
    <message>
        <source>Pause could not save your settings in {path}: {reason}. Changes hold until Pause closes.</source>
        <translation>Pause kon je instellingen niet opslaan in {path}: {reason}. Wijzigingen gelden tot je Pause afsluit.</translation>
    </message>
    <message>
        <source>Pause cannot use the settings file {path}: {reason}. It goes on with the default settings and leaves the file as it is.</source>
        <translation>Pause kan het instellingenbestand {path} niet gebruiken: {reason}. Pause gaat verder met de standaardinstellingen en laat het bestand zoals het is.</translation>
    </message>
    <message>
        <source>Pause cannot use the settings file {path}: {reason}. Nothing was changed.</source>
        <translation>Pause kan het instellingenbestand {path} niet gebruiken: {reason}. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>Your data file was damaged and could not be opened. Pause kept it, untouched, as {kept} and started a new one beside it.</source>
        <translation>Je gegevensbestand was beschadigd en kon niet worden geopend. Pause heeft het onaangeroerd bewaard als {kept} en ernaast een nieuw bestand gemaakt.</translation>
    </message>
    <message>
        <source>Part of your most recent data could not be read: the file that held it was damaged. Pause kept both files, untouched, as {kept} and its -wal file, and opened what could be read.</source>
        <translation>Een deel van je nieuwste gegevens kon niet worden gelezen: het bestand waarin ze stonden was beschadigd. Pause heeft beide bestanden onaangeroerd bewaard, als {kept} en het bijbehorende -wal-bestand, en heeft geopend wat wel te lezen was.</translation>
    </message>
    <message>
        <source>The data file {path} was written by a newer version of Pause (data version {found}; this version reads up to {supported}). It was left unchanged. Please use the newer version of Pause.</source>
        <translation>Het gegevensbestand {path} is geschreven door een nieuwere versie van Pause (gegevensversie {found}; deze versie leest tot en met {supported}). Het is niet veranderd. Gebruik alsjeblieft de nieuwere versie van Pause.</translation>
    </message>
    <message>
        <source>The data file {path} is busy in another program. Nothing was changed; please try again in a moment.</source>
        <translation>Het gegevensbestand {path} is in gebruik door een ander programma. Er is niets veranderd; probeer het zo nog eens.</translation>
    </message>
    <message>
        <source>Pause may not write to {path}: it is read-only. Nothing was changed; please make it writable for your user and try again.</source>
        <translation>Pause mag niet schrijven naar {path}: het is alleen-lezen. Er is niets veranderd; maak het beschrijfbaar voor je gebruikersaccount en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The data file {path} is damaged, and another Pause has it open. Nothing was changed; please close Pause and start it again: it will keep the damaged file and start a new one.</source>
        <translation>Het gegevensbestand {path} is beschadigd, en een andere Pause heeft het open. Er is niets veranderd; sluit Pause en start het opnieuw: dan bewaart Pause het beschadigde bestand en begint het met een nieuw bestand.</translation>
    </message>
    <message>
        <source>The data file {path} cannot be used: {detail}</source>
        <translation>Het gegevensbestand {path} kan niet worden gebruikt: {detail}</translation>
    </message>
    <message>
        <source>good</source>
        <translation>goed</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>oké</translation>
    </message>
    <message>
        <source>tired</source>
        <translation>moe</translation>
    </message>
    <message>
        <source>crash</source>
        <translation>terugval</translation>
    </message>
    <message>
        <source>Your energy is low today, so a first target can wait. Rest counts too.</source>
        <translation>Je energie is vandaag laag, dus een eerste doel kan wachten. Rust telt ook.</translation>
    </message>
    <message>
        <source>Today could be a rest day, or half your target: {half} {unit}. Both count.</source>
        <translation>Vandaag kan een rustdag zijn, of de helft van je doel: {half} {unit}. Beide tellen mee.</translation>
    </message>
    <message>
        <source>Your check-in asks for a few quiet days. A first target can come on {day} at the earliest.</source>
        <translation>Je check-in vraagt om een paar rustige dagen. Een eerste doel kan op zijn vroegst op {day} komen.</translation>
    </message>
    <message>
        <source>Yesterday took more than you had, so your target stays at {target} {unit} until {until}.</source>
        <translation>Gisteren kostte meer dan je had, dus je doel blijft tot {until} op {target} {unit}.</translation>
    </message>
    <message>
        <source>{day} took more than you had, so your target stays at {target} {unit} until {until}.</source>
        <translation>Op {day} kostte de dag meer dan je had, dus je doel blijft tot {until} op {target} {unit}.</translation>
    </message>
    <message>
        <source>Your symptoms were severe yesterday, so your target stays at {target} {unit} until {until}. Rest counts too.</source>
        <translation>Je klachten waren gisteren ernstig, dus je doel blijft tot {until} op {target} {unit}. Rust telt ook.</translation>
    </message>
    <message>
        <source>Your symptoms were severe on {day}, so your target stays at {target} {unit} until {until}. Rest counts too.</source>
        <translation>Je klachten waren op {day} ernstig, dus je doel blijft tot {until} op {target} {unit}. Rust telt ook.</translation>
    </message>
</context>
<context>
    <name>YourData</name>
    <message>
        <source>cannot be read</source>
        <translation>niet leesbaar</translation>
    </message>
    <message numerus="yes">
        <source>%Ln thing(s) noted: logs, pauses, check-ins</source>
        <translation>
            <numerusform>%Ln ding genoteerd: stappen, pauzes, check-ins</numerusform>
            <numerusform>%Ln dingen genoteerd: stappen, pauzes, check-ins</numerusform>
        </translation>
    </message>
    <message>
        <source>{when}  {name}  {size}, {rows}</source>
        <translation>{when}  {name}  {size}, {rows}</translation>
    </message>
    <message>
        <source> (kept before a restore)</source>
        <translation> (bewaard vóór het terugzetten)</translation>
    </message>
    <message>
        <source>Backups in {folder}:</source>
        <translation>Reservekopieën in {folder}:</translation>
    </message>
    <message>
        <source>There are no backups yet. Make one with: pause-app backup now</source>
        <translation>Er zijn nog geen reservekopieën. Maak er een met: pause-app backup now</translation>
    </message>
    <message>
        <source>A backup of your data is now in {path}.</source>
        <translation>Er staat nu een reservekopie van je gegevens in {path}.</translation>
    </message>
    <message>
        <source>A backup of your data is now in Pause&apos;s backups folder. Help ▸ About Pause says where that folder is.</source>
        <translation>Er staat nu een reservekopie van je gegevens in de map met reservekopieën van Pause. Onder Help ▸ Over Pause zie je waar die map staat.</translation>
    </message>
    <message>
        <source>Pause could not make a backup this time ({detail}). Your data itself is unchanged; Pause tries again at its next start.</source>
        <translation>Pause kon deze keer geen reservekopie maken ({detail}). Je gegevens zelf zijn niet veranderd; Pause probeert het opnieuw bij de volgende start.</translation>
    </message>
    <message>
        <source>No backup was made ({detail}). Your data itself is unchanged.</source>
        <translation>Er is geen reservekopie gemaakt ({detail}). Je gegevens zelf zijn niet veranderd.</translation>
    </message>
    <message>
        <source>There is no data here yet, so there is nothing to back up.</source>
        <translation>Er zijn hier nog geen gegevens, dus er is nog niets om een reservekopie van te maken.</translation>
    </message>
    <message>
        <source>Pause cannot use {path}: {reason}</source>
        <translation>Pause kan {path} niet gebruiken: {reason}</translation>
    </message>
    <message>
        <source>Pause is open with this data. Please quit it first (File ▸ Quit), then restore; nothing was changed.</source>
        <translation>Pause is open met deze gegevens. Sluit Pause eerst af (Bestand ▸ Afsluiten) en zet dan terug; er is niets veranderd.</translation>
    </message>
    <message>
        <source>There is no backup called “{name}”; pause-app backup list shows them.</source>
        <translation>Er is geen reservekopie met de naam “{name}”; pause-app backup list laat ze zien.</translation>
    </message>
    <message>
        <source>The backup “{name}” cannot be read ({detail}), so it was not put back. Nothing was changed; please choose another one.</source>
        <translation>De reservekopie “{name}” kan niet worden gelezen ({detail}), dus die is niet teruggezet. Er is niets veranderd; kies een andere.</translation>
    </message>
    <message>
        <source>The backup could not be put back ({detail}). Your data is as it was.</source>
        <translation>De reservekopie kon niet worden teruggezet ({detail}). Je gegevens zijn zoals ze waren.</translation>
    </message>
    <message>
        <source>Your data is now as it was on {when}.</source>
        <translation>Je gegevens zijn nu zoals ze waren op {when}.</translation>
    </message>
    <message>
        <source>What you had before is kept as the backup {name}.</source>
        <translation>Wat je eerst had, is bewaard als de reservekopie {name}.</translation>
    </message>
    <message>
        <source>Pause could not start again by itself; please start it again.</source>
        <translation>Pause kon niet vanzelf opnieuw starten; start Pause zelf opnieuw.</translation>
    </message>
    <message>
        <source>Pause keeps your data as it is now as a backup, puts back the copy from {when}, and starts again. This takes a moment.</source>
        <translation>Pause bewaart je gegevens zoals ze nu zijn als reservekopie, zet de kopie van {when} terug en start opnieuw. Dit duurt even.</translation>
    </message>
    <message>
        <source>There is no file {file}; nothing was imported.</source>
        <translation>Er is geen bestand {file}; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>{file} is not a file Pause can import; nothing was imported.</source>
        <translation>{file} is geen bestand dat Pause kan importeren; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>{file} cannot be read ({detail}); nothing was imported.</source>
        <translation>{file} kan niet worden gelezen ({detail}); er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>{file} is larger than {limit} MB, more than a Pause export; nothing was imported.</source>
        <translation>{file} is groter dan {limit} MB, groter dan een export van Pause; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>{file} was exported by a newer version of Pause (format {found}; this version reads up to {supported}); nothing was imported. Please use the newer version of Pause.</source>
        <translation>{file} is geëxporteerd door een nieuwere versie van Pause (formaat {found}; deze versie leest tot en met {supported}); er is niets geïmporteerd. Gebruik alsjeblieft de nieuwere versie van Pause.</translation>
    </message>
    <message>
        <source>{file} is a Pause export that is damaged ({detail}); nothing was imported.</source>
        <translation>{file} is een export van Pause die beschadigd is ({detail}); er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>“{detail}” is counted in {unit_here} here and in {unit} in {file}; rename one of them first. Nothing was imported.</source>
        <translation>“{detail}” wordt hier geteld in {unit_here} en in {file} in {unit}; geef eerst een van beide een andere naam. Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>{file} is not a Pause export; nothing was imported.</source>
        <translation>{file} is geen export van Pause; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Noteringen</translation>
    </message>
    <message>
        <source>Target changes</source>
        <translation>Doelwijzigingen</translation>
    </message>
    <message>
        <source>Pauses and breathing sessions</source>
        <translation>Pauzes en ademsessies</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Herinneringen</translation>
    </message>
    <message>
        <source>Daily check-ins</source>
        <translation>Dagelijkse check-ins</translation>
    </message>
    <message>
        <source>Resting heart rate (days)</source>
        <translation>Rustpols (dagen)</translation>
    </message>
    <message>
        <source>Everything in this file is already here; there is nothing to add.</source>
        <translation>Alles in dit bestand staat hier al; er is niets toe te voegen.</translation>
    </message>
    <message>
        <source>New activities: {names}.</source>
        <translation>Nieuwe activiteiten: {names}.</translation>
    </message>
    <message>
        <source>Activities already here (their history is added to them): {names}.</source>
        <translation>Activiteiten die er al zijn (hun geschiedenis wordt aangevuld): {names}.</translation>
    </message>
    <message>
        <source>{what}: {added} to add, {here} already here.</source>
        <translation>{what}: {added} toe te voegen, {here} al aanwezig.</translation>
    </message>
    <message>
        <source>Everything in this file was already here; nothing was added.</source>
        <translation>Alles in dit bestand stond hier al; er is niets toegevoegd.</translation>
    </message>
    <message>
        <source>Imported: {activities} new activities, {logs} logs, {changes} target changes, {sessions} pauses and breathing sessions, {reminders} reminders.</source>
        <translation>Geïmporteerd: {activities} nieuwe activiteiten, {logs} noteringen, {changes} doelwijzigingen, {sessions} pauzes en ademsessies, {reminders} herinneringen.</translation>
    </message>
    <message>
        <source>Import this? [y/N] </source>
        <translation>Dit importeren? [j/N] </translation>
    </message>
    <message>
        <source>y</source>
        <translation>j</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Nothing was imported: add --yes to import without being asked.</source>
        <translation>Er is niets geïmporteerd: voeg --yes toe om te importeren zonder dat je iets wordt gevraagd.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>Import a Pause export</source>
        <translation>Een export van Pause importeren</translation>
    </message>
    <message>
        <source>Pause export (*.json);;All files (*)</source>
        <translation>Export van Pause (*.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Pause cannot start</source>
        <translation>Pause kan niet starten</translation>
    </message>
    <message>
        <source>Pause keeps running here in the tray and will remind you gently. Choose Quit in its menu to stop it.</source>
        <translation>Pause blijft hier in het systeemvak en herinnert je af en toe rustig. Kies Afsluiten in het menu om te stoppen.</translation>
    </message>
    <message>
        <source>How is your energy today? Click here to say, if you like.</source>
        <translation>Hoe is je energie vandaag? Klik hier om het te laten weten, als je wilt.</translation>
    </message>
    <message>
        <source>Pause cannot use the folder {path}: {reason}</source>
        <translation>Pause kan de map {path} niet gebruiken: {reason}</translation>
    </message>
    <message>
        <source>Pause is already running; its window is brought to the front.</source>
        <translation>Pause draait al; het venster wordt naar voren gehaald.</translation>
    </message>
    <message>
        <source>Sound is not available on this computer; the guide works without it.</source>
        <translation>Geluid is op deze computer niet beschikbaar; de ademhulp werkt ook zonder.</translation>
    </message>
    <message>
        <source>Pause cannot write its log file {path} ({reason}); it works on without it.</source>
        <translation>Pause kan het logbestand {path} niet schrijven ({reason}); Pause werkt gewoon verder zonder.</translation>
    </message>
    <message>
        <source>Pause cannot open its window: no display was found (DISPLAY is not set).</source>
        <translation>Pause kan het venster niet openen: er is geen beeldscherm gevonden (DISPLAY is niet ingesteld).</translation>
    </message>
    <message>
        <source>This desktop has no system tray: closing the window quits Pause, and reminders come only while the window is open.</source>
        <translation>Dit bureaublad heeft geen systeemvak: als je het venster sluit, stopt Pause, en herinneringen komen alleen als het venster open is.</translation>
    </message>
    <message>
        <source>Pause could not finish that: {reason}. What was saved before is safe.</source>
        <translation>Pause kon dit niet afmaken: {reason}. Wat al was opgeslagen, is veilig.</translation>
    </message>
    <message>
        <source>Pause could not finish that. What was saved before is safe; the log file has the details.</source>
        <translation>Pause kon dit niet afmaken. Wat al was opgeslagen, is veilig; in het logbestand staan de details.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>gebruik: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>positionele argumenten</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opties</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>deze hulptekst tonen en stoppen</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ongeldige keuze: %(value)r (kies uit %(choices)s)</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>deze argumenten zijn nodig: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>onbekende argumenten: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>verwacht één argument</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>genegeerd argument %r</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>{message} (see {prog} --help)</source>
        <translation>{message} (zie {prog} --help)</translation>
    </message>
    <message>
        <source>Pause: stop, breathe, feel safe, continue. Without a command it opens the window.</source>
        <translation>Pause: stop, adem, voel je veilig, ga verder. Zonder opdracht opent Pause het venster.</translation>
    </message>
    <message>
        <source>show the version and stop</source>
        <translation>de versie tonen en stoppen</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>MAP</translation>
    </message>
    <message>
        <source>keep data, settings and logs in this one folder</source>
        <translation>gegevens, instellingen en logbestanden in deze ene map bewaren</translation>
    </message>
    <message>
        <source>language of the app</source>
        <translation>taal van de app</translation>
    </message>
    <message>
        <source>start minimized, without opening the window</source>
        <translation>geminimaliseerd starten, zonder venster</translation>
    </message>
    <message>
        <source>also log to the terminal</source>
        <translation>logmeldingen ook in de terminal tonen</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>OPDRACHT</translation>
    </message>
    <message>
        <source>start the pause exercise</source>
        <translation>de pauze-oefening beginnen</translation>
    </message>
    <message>
        <source>start a breathing session</source>
        <translation>een ademsessie beginnen</translation>
    </message>
    <message>
        <source>breathing pattern, or custom for your own (default: the one chosen last)</source>
        <translation>ademhalingspatroon, of custom voor je eigen ritme (standaard: het laatst gekozen patroon)</translation>
    </message>
    <message>
        <source>length in minutes, 1 to 60</source>
        <translation>duur in minuten, 1 tot en met 60</translation>
    </message>
    <message>
        <source>add or list activities</source>
        <translation>activiteiten toevoegen of tonen</translation>
    </message>
    <message>
        <source>add an activity</source>
        <translation>een activiteit toevoegen</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAAM</translation>
    </message>
    <message>
        <source>what you count, like steps</source>
        <translation>wat je telt, zoals stappen</translation>
    </message>
    <message>
        <source>size of a next step in percent, 0 to 5 (default 2)</source>
        <translation>grootte van een volgende stap in procent, 0 tot en met 5 (standaard 2)</translation>
    </message>
    <message>
        <source>OTHER</source>
        <translation>ANDERE</translation>
    </message>
    <message>
        <source>a new place for an activity you already do, like outside</source>
        <translation>een nieuwe plek voor een activiteit die je al doet, zoals buiten</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-DD</translation>
    </message>
    <message>
        <source>the day you started, if earlier than today</source>
        <translation>de dag waarop je begon, als dat eerder was dan vandaag</translation>
    </message>
    <message>
        <source>list activities</source>
        <translation>activiteiten tonen</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>als JSON tonen</translation>
    </message>
    <message>
        <source>see whether a next step is possible</source>
        <translation>zien of een volgende stap kan</translation>
    </message>
    <message>
        <source>take the next step offered</source>
        <translation>de aangeboden volgende stap zetten</translation>
    </message>
    <message>
        <source>a smaller step than the one offered</source>
        <translation>een kleinere stap dan de aangeboden stap</translation>
    </message>
    <message>
        <source>set a target yourself</source>
        <translation>zelf een doel instellen</translation>
    </message>
    <message>
        <source>the day it changed, if earlier than today</source>
        <translation>de dag waarop het veranderde, als dat eerder was dan vandaag</translation>
    </message>
    <message>
        <source>log what you did</source>
        <translation>noteren wat je hebt gedaan</translation>
    </message>
    <message>
        <source>add --unit (and --target), or --from OTHER for a new place</source>
        <translation>voeg --unit (en --target) toe, of --from ANDERE voor een nieuwe plek</translation>
    </message>
    <message>
        <source>Choose a number above {target}, up to {offer}.</source>
        <translation>Kies een getal boven {target}, tot en met {offer}.</translation>
    </message>
    <message>
        <source>“{name}” holds where it is: no offers, the goal is to stay within your limits.</source>
        <translation>“{name}” blijft op dit niveau: geen voorstellen, het doel is binnen je grenzen blijven.</translation>
    </message>
    <message>
        <source>“{name}” can grow again: a next step can be offered.</source>
        <translation>“{name}” kan weer groeien: er kan een volgende stap worden voorgesteld.</translation>
    </message>
    <message>
        <source>If you like, lower the target to {lower} for now: pause-app target {name} {lower}</source>
        <translation>Als je wilt, verlaag je doel voorlopig naar {lower}: pause-app target {name} {lower}</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>AANTAL</translation>
    </message>
    <message>
        <source>what you can do now (leave it out to log a week first)</source>
        <translation>wat je nu kunt (laat weg om eerst een week te noteren)</translation>
    </message>
    <message>
        <source>hold an activity where it is, or let it grow again</source>
        <translation>een activiteit op dit niveau houden, of weer laten groeien</translation>
    </message>
    <message>
        <source>hold: no offers, the goal is to stay within your limits (also: on); grow: next steps can be offered again (also: off)</source>
        <translation>hold: geen voorstellen, binnen je grenzen blijven (ook: on); grow: er kunnen weer volgende stappen komen (ook: off)</translation>
    </message>
    <message>
        <source>good|ok|tired|crash</source>
        <translation>goed|oké|moe|terugval</translation>
    </message>
    <message>
        <source>how it felt</source>
        <translation>hoe het voelde</translation>
    </message>
    <message>
        <source>log it for an earlier day</source>
        <translation>noteren voor een eerdere dag</translation>
    </message>
    <message>
        <source>a short note</source>
        <translation>een korte notitie</translation>
    </message>
    <message>
        <source>export all your data</source>
        <translation>al je gegevens exporteren</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PAD</translation>
    </message>
    <message>
        <source>a file for JSON (default: print it), a folder for CSV (one file per table)</source>
        <translation>een bestand voor JSON (standaard: op het scherm), een map voor CSV (één bestand per tabel)</translation>
    </message>
    <message>
        <source>list the backups, or make one</source>
        <translation>reservekopieën tonen, of er een maken</translation>
    </message>
    <message>
        <source>show the backups: date, size, rows</source>
        <translation>de reservekopieën tonen: datum, grootte, rijen</translation>
    </message>
    <message>
        <source>make a backup now</source>
        <translation>nu een reservekopie maken</translation>
    </message>
    <message>
        <source>put a backup back (your data now is kept as one first)</source>
        <translation>een reservekopie terugzetten (je huidige gegevens worden eerst als reservekopie bewaard)</translation>
    </message>
    <message>
        <source>a name from pause-app backup list</source>
        <translation>een naam uit pause-app backup list</translation>
    </message>
    <message>
        <source>add what a Pause export has that is not here yet</source>
        <translation>toevoegen wat in een export van Pause staat en hier nog niet is</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
    <message>
        <source>a JSON export of Pause</source>
        <translation>een JSON-export van Pause</translation>
    </message>
    <message>
        <source>import without asking first</source>
        <translation>importeren zonder eerst te vragen</translation>
    </message>
    <message>
        <source>read or change settings</source>
        <translation>instellingen lezen of wijzigen</translation>
    </message>
    <message>
        <source>show all settings</source>
        <translation>alle instellingen tonen</translation>
    </message>
    <message>
        <source>show one setting</source>
        <translation>één instelling tonen</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SLEUTEL</translation>
    </message>
    <message>
        <source>change one setting</source>
        <translation>één instelling wijzigen</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>WAARDE</translation>
    </message>
    <message>
        <source>add the daily steps a phone, watch or band counted</source>
        <translation>de stappen per dag toevoegen die een telefoon, horloge of polsband heeft geteld</translation>
    </message>
    <message>
        <source>an export: Apple Health, Gadgetbridge, Google Fit, Fitbit, Garmin</source>
        <translation>een export: Apple Health, Gadgetbridge, Google Fit, Fitbit, Garmin</translation>
    </message>
    <message>
        <source>an activity counted in steps</source>
        <translation>een activiteit die in stappen wordt geteld</translation>
    </message>
    <message>
        <source>the kind of export (default: recognised from the file)</source>
        <translation>het soort export (standaard: herkend aan het bestand)</translation>
    </message>
    <message>
        <source>leave out the days before this one</source>
        <translation>de dagen vóór deze dag overslaan</translation>
    </message>
    <message>
        <source>import, after the preview</source>
        <translation>importeren, na het voorbeeld</translation>
    </message>
    <message>
        <source>how is your energy today (a ten-second check-in)</source>
        <translation>hoe is je energie vandaag (een check-in van tien seconden)</translation>
    </message>
    <message>
        <source>the energy you have today</source>
        <translation>de energie die je vandaag hebt</translation>
    </message>
    <message>
        <source>the energy the day took</source>
        <translation>de energie die de dag kostte</translation>
    </message>
    <message>
        <source>how you slept last night</source>
        <translation>hoe je afgelopen nacht hebt geslapen</translation>
    </message>
    <message>
        <source>how bad the symptoms are</source>
        <translation>hoe erg de klachten zijn</translation>
    </message>
    <message>
        <source>the day (default: today)</source>
        <translation>de dag (standaard: vandaag)</translation>
    </message>
    <message>
        <source>show a day&apos;s check-in</source>
        <translation>de check-in van een dag tonen</translation>
    </message>
    <message>
        <source>--minutes takes a whole number from 1 to {maximum}</source>
        <translation>--minutes neemt een heel getal van 1 tot en met {maximum}</translation>
    </message>
    <message>
        <source>--data-dir needs the name of a folder, like ~/pause-data</source>
        <translation>--data-dir heeft de naam van een map nodig, zoals ~/pause-data</translation>
    </message>
    <message>
        <source>no command given (see pause-app --help)</source>
        <translation>geen opdracht gegeven (zie pause-app --help)</translation>
    </message>
    <message>
        <source>--{option} takes a whole number from {low} to {high}</source>
        <translation>--{option} neemt een heel getal van {low} tot en met {high}</translation>
    </message>
    <message>
        <source>--symptoms takes none, mild, moderate, severe or very-severe (or geen, licht, matig, ernstig, zeer-ernstig)</source>
        <translation>--symptoms neemt geen, licht, matig, ernstig of zeer-ernstig (of none, mild, moderate, severe, very-severe)</translation>
    </message>
    <message>
        <source>Give at least one of --energy, --spent, --sleep, --symptoms or --note, like: checkin --energy 4</source>
        <translation>Geef minstens één van --energy, --spent, --sleep, --symptoms of --note, zoals: checkin --energy 4</translation>
    </message>
    <message>
        <source>Check-in saved for {day}: {summary}</source>
        <translation>Check-in opgeslagen voor {day}: {summary}</translation>
    </message>
    <message>
        <source>could not use {path}: {reason}</source>
        <translation>kon {path} niet gebruiken: {reason}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>licht</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>matig</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>ernstig</translation>
    </message>
    <message>
        <source>very severe</source>
        <translation>zeer ernstig</translation>
    </message>
    <message>
        <source>energy {n} of 10</source>
        <translation>energie {n} van 10</translation>
    </message>
    <message>
        <source>spent {n} of 10</source>
        <translation>de dag kostte {n} van 10</translation>
    </message>
    <message>
        <source>sleep {n} of 5</source>
        <translation>slaap {n} van 5</translation>
    </message>
    <message>
        <source>symptoms {level}</source>
        <translation>klachten {level}</translation>
    </message>
    <message>
        <source>note “{note}”</source>
        <translation>notitie “{note}”</translation>
    </message>
    <message>
        <source>No check-in for {day}.</source>
        <translation>Geen check-in voor {day}.</translation>
    </message>
    <message>
        <source>CSV export needs a folder: add -o and a folder name</source>
        <translation>CSV-export heeft een map nodig: voeg -o met een mapnaam toe</translation>
    </message>
    <message>
        <source>A new place is a step up by itself: start at {proposed}, at most {most}.</source>
        <translation>Een nieuwe plek is op zich al een stap omhoog: begin bij {proposed}, hooguit {most}.</translation>
    </message>
    <message>
        <source>Added “{name}”: {target} {unit} to start with.</source>
        <translation>“{name}” toegevoegd: {target} {unit} om mee te beginnen.</translation>
    </message>
    <message>
        <source>No activities yet. Add one with: pause-app activity add NAME</source>
        <translation>Nog geen activiteiten. Voeg er een toe met: pause-app activity add NAAM</translation>
    </message>
    <message>
        <source>-o needs a file name; leave -o out to print the JSON</source>
        <translation>-o heeft een bestandsnaam nodig; laat -o weg om de JSON op het scherm te tonen</translation>
    </message>
    <message>
        <source>{path} is a file; CSV export needs a folder</source>
        <translation>{path} is een bestand; CSV-export heeft een map nodig</translation>
    </message>
    <message>
        <source>{path} is a folder; JSON export needs a file name</source>
        <translation>{path} is een map; JSON-export heeft een bestandsnaam nodig</translation>
    </message>
    <message>
        <source>{name}: no target yet (a week of logs first), today {done}</source>
        <translation>{name}: nog geen doel (eerst een week noteren), vandaag {done}</translation>
    </message>
    <message>
        <source>{name}: target {target} {unit}, today {done}</source>
        <translation>{name}: doel {target} {unit}, vandaag {done}</translation>
    </message>
    <message>
        <source>Added “{name}”. Log it for a week and Pause will suggest a first target, a little below what you do.</source>
        <translation>“{name}” toegevoegd. Noteer het een week lang, dan stelt Pause een eerste doel voor dat net iets onder wat je doet ligt.</translation>
    </message>
    <message>
        <source>Half out and half back is a sensible first plan.</source>
        <translation>Half heen en half terug is een verstandig eerste plan.</translation>
    </message>
    <message>
        <source>The step offered goes up to {offer}; smaller steps are safer.</source>
        <translation>De aangeboden stap gaat tot {offer}; kleinere stappen zijn veiliger.</translation>
    </message>
    <message>
        <source>New target for “{name}”: {target} {unit}. One small step.</source>
        <translation>Nieuw doel voor “{name}”: {target} {unit}. Eén kleine stap.</translation>
    </message>
    <message>
        <source>Target for “{name}”: {target} {unit}.</source>
        <translation>Doel voor “{name}”: {target} {unit}.</translation>
    </message>
    <message>
        <source>Logged {amount} {unit} for “{name}” on {day} ({felt}).</source>
        <translation>{amount} {unit} genoteerd voor “{name}” op {day} ({felt}).</translation>
    </message>
    <message>
        <source>I did it! That meets the target of {target}.</source>
        <translation>Ik heb het gedaan! Daarmee is het doel van {target} gehaald.</translation>
    </message>
    <message>
        <source>A tired day: the target stays where it is. Rest counts too.</source>
        <translation>Moe vandaag: je doel blijft staan. Rust telt ook.</translation>
    </message>
    <message>
        <source>Take it easy. If symptoms are new or changed, consider contacting your GP.</source>
        <translation>Doe het rustig aan. Zijn je klachten nieuw of veranderd? Neem dan contact op met je huisarts.</translation>
    </message>
    <message>
        <source>the log file {path} cannot be written ({reason}); going on without it</source>
        <translation>het logbestand {path} kan niet worden geschreven ({reason}); Pause gaat verder zonder</translation>
    </message>
</context>
</TS>
