<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name></name>
    <message numerus="yes">
        <source>Steps</source>
        <comment>%Ln day(s) with steps, from {first} to {last}.</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Steps</source>
        <comment>%Ln step(s) in all.</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Steps</source>
        <comment>%Ln new day(s)</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Steps</source>
        <comment>%Ln day(s) with more steps than before</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Steps</source>
        <comment>%Ln day(s) already here as they are</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Steps</source>
        <comment>%Ln day(s) already here with more steps than this file gives: they keep the larger count.</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Steps</source>
        <comment>%Ln day(s) with a log you typed: they stay as you wrote them.</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Steps</source>
        <comment>%Ln day(s) with a resting heart rate to add.</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Steps</source>
        <comment>%Ln day(s) before “{activity}” started: left out.</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Steps</source>
        <comment>%Ln day(s) after today: left out (a device clock may be set wrong).</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Steps</source>
        <comment>%Ln day(s) of more than {most} steps: left out (more than a day can hold; a device may have gone wrong).</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Steps</source>
        <comment>%Ln record(s) whose value is not a step count: left out.</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Steps</source>
        <comment>Every day in this file is left out, as said above; there is nothing to add.</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Steps</source>
        <comment>%Ln day(s) with more steps</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Steps</source>
        <comment>%Ln day(s) of resting heart rate</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
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
</TS>
