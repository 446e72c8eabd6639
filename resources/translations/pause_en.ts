<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>BreatheControls</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>with %n minute(s) of breathing</source>
        <translation>
            <numerusform>with %n minute of breathing</numerusform>
            <numerusform>with %n minutes of breathing</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BreathePage</name>
    <message numerus="yes">
        <source>In the last 7 days: %n pause(s)</source>
        <translation>
            <numerusform>In the last 7 days: %n pause</numerusform>
            <numerusform>In the last 7 days: %n pauses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) of calm breathing</source>
        <translation>
            <numerusform>%n minute of calm breathing</numerusform>
            <numerusform>%n minutes of calm breathing</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message numerus="yes">
        <source>%n day(s) at or above the target</source>
        <translation>
            <numerusform>%n day at or above the target</numerusform>
            <numerusform>%n days at or above the target</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n big day(s)</source>
        <translation>
            <numerusform>%n big day</numerusform>
            <numerusform>%n big days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) of calm breathing</source>
        <translation>
            <numerusform>%n minute of calm breathing</numerusform>
            <numerusform>%n minutes of calm breathing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Inside your energy on {inside} of the last %n day(s)</source>
        <translation>
            <numerusform>Inside your energy on {inside} of the last %n day</numerusform>
            <numerusform>Inside your energy on {inside} of the last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pause(s)</source>
        <translation>
            <numerusform>%n pause</numerusform>
            <numerusform>%n pauses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message numerus="yes">
        <source>In the last 30 days: %n pause(s)</source>
        <translation>
            <numerusform>In the last 30 days: %n pause</numerusform>
            <numerusform>In the last 30 days: %n pauses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) of calm breathing</source>
        <translation>
            <numerusform>%n minute of calm breathing</numerusform>
            <numerusform>%n minutes of calm breathing</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message numerus="yes">
        <source>%Ln day(s) with steps, from {first} to {last}.</source>
        <translation>
            <numerusform>%Ln day with steps, from {first} to {last}.</numerusform>
            <numerusform>%Ln days with steps, from {first} to {last}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln step(s) in all.</source>
        <translation>
            <numerusform>%Ln step in all.</numerusform>
            <numerusform>%Ln steps in all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new day(s)</source>
        <translation>
            <numerusform>%Ln new day</numerusform>
            <numerusform>%Ln new days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) with more steps than before</source>
        <translation>
            <numerusform>%Ln day with more steps than before</numerusform>
            <numerusform>%Ln days with more steps than before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) already here as they are</source>
        <translation>
            <numerusform>%Ln day already here as it is</numerusform>
            <numerusform>%Ln days already here as they are</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) already here with more steps than this file gives: they keep the larger count.</source>
        <translation>
            <numerusform>%Ln day already here with more steps than this file gives: it keeps the larger count.</numerusform>
            <numerusform>%Ln days already here with more steps than this file gives: they keep the larger count.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) with a log you typed: they stay as you wrote them.</source>
        <translation>
            <numerusform>%Ln day with a log you typed: it stays as you wrote it.</numerusform>
            <numerusform>%Ln days with a log you typed: they stay as you wrote them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) with a resting heart rate to add.</source>
        <translation>
            <numerusform>%Ln day with a resting heart rate to add.</numerusform>
            <numerusform>%Ln days with a resting heart rate to add.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) before “{activity}” started: left out.</source>
        <translation>
            <numerusform>%Ln day before “{activity}” started: left out.</numerusform>
            <numerusform>%Ln days before “{activity}” started: left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) after today: left out (a device clock may be set wrong).</source>
        <translation>
            <numerusform>%Ln day after today: left out (a device clock may be set wrong).</numerusform>
            <numerusform>%Ln days after today: left out (a device clock may be set wrong).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) of more than {most} steps: left out (more than a day can hold; a device may have gone wrong).</source>
        <translation>
            <numerusform>%Ln day of more than {most} steps: left out (more than a day can hold; a device may have gone wrong).</numerusform>
            <numerusform>%Ln days of more than {most} steps: left out (more than a day can hold; a device may have gone wrong).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) whose value is not a step count: left out.</source>
        <translation>
            <numerusform>%Ln record whose value is not a step count: left out.</numerusform>
            <numerusform>%Ln records whose value is not a step count: left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) with more steps</source>
        <translation>
            <numerusform>%Ln day with more steps</numerusform>
            <numerusform>%Ln days with more steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) of resting heart rate</source>
        <translation>
            <numerusform>%Ln day of resting heart rate</numerusform>
            <numerusform>%Ln days of resting heart rate</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>YourData</name>
    <message numerus="yes">
        <source>%Ln thing(s) noted: logs, pauses, check-ins</source>
        <translation>
            <numerusform>%Ln thing noted: logs, pauses, check-ins</numerusform>
            <numerusform>%Ln things noted: logs, pauses, check-ins</numerusform>
        </translation>
    </message>
</context>
</TS>
