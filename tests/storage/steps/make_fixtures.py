"""Small step files of every format Pause reads, made from known daily totals.

Each maker writes into a folder the test gives (``tmp_path``) and returns the path; nothing
binary is kept in the repository. The same days in every format (``EXPECTED``), each with
its traps: a day across a daylight-saving change (Europe/Amsterdam, 31 March 2024), two
sources on one day (the largest counts, never the sum), a record spanning midnight (it counts
on the day it started), duplicates (counted once), and a record in another offset (a trip).

Run it by hand to look at the files: ``python tests/storage/steps/make_fixtures.py FOLDER``.
"""

from __future__ import annotations

import json
import sqlite3
import sys
import zipfile
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

ZONE = ZoneInfo("Europe/Amsterdam")

EXPECTED = {
    date(2024, 3, 30): 1500,  # the watch's 1500 beats the phone's 1200: never 2700
    date(2024, 3, 31): 1200,  # the clocks went forward at 02:00
    date(2024, 4, 1): 1000,  # a walk from 23:50 to 00:10 belongs here
    date(2024, 4, 2): 250,
    date(2024, 4, 3): 800,  # in New York (-05:00), late in the evening there
}
EXPECTED_HEART = {date(2024, 3, 30): 58, date(2024, 3, 31): 60}


# --- Apple Health --------------------------------------------------------------------------

APPLE_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE HealthData [
<!-- HealthKit Export Version: 13 -->
<!ELEMENT HealthData (ExportDate,Me,(Record|Correlation|Workout|ActivitySummary)*)>
<!ATTLIST HealthData
  locale CDATA #REQUIRED
>
<!ELEMENT Record ((MetadataEntry|HeartRateVariabilityMetadataList)*)>
<!ATTLIST Record
  type          CDATA #REQUIRED
  unit          CDATA #IMPLIED
  value         CDATA #IMPLIED
  sourceName    CDATA #REQUIRED
  sourceVersion CDATA #IMPLIED
  device        CDATA #IMPLIED
  creationDate  CDATA #IMPLIED
  startDate     CDATA #REQUIRED
  endDate       CDATA #REQUIRED
>
]>
<HealthData locale="nl_NL">
 <ExportDate value="2024-04-05 10:00:00 +0200"/>
 <Me HKCharacteristicTypeIdentifierDateOfBirth=""/>
"""
APPLE_TAIL = "</HealthData>\n"
STEP_TYPE = "HKQuantityTypeIdentifierStepCount"
RESTING_TYPE = "HKQuantityTypeIdentifierRestingHeartRate"

# (type, source, start, end, value)
APPLE_RECORDS = [
    (STEP_TYPE, "iPhone", "2024-03-30 09:00:00 +0100", "2024-03-30 09:10:00 +0100", "500"),
    (STEP_TYPE, "iPhone", "2024-03-30 17:00:00 +0100", "2024-03-30 17:10:00 +0100", "700"),
    (STEP_TYPE, "Apple Watch", "2024-03-30 09:00:00 +0100", "2024-03-30 09:10:00 +0100", "1500"),
    (STEP_TYPE, "iPhone", "2024-03-31 01:30:00 +0100", "2024-03-31 01:40:00 +0100", "300"),
    (STEP_TYPE, "iPhone", "2024-03-31 03:30:00 +0200", "2024-03-31 03:40:00 +0200", "900"),
    (STEP_TYPE, "iPhone", "2024-04-01 10:00:00 +0200", "2024-04-01 10:10:00 +0200", "600"),
    (STEP_TYPE, "iPhone", "2024-04-01 10:00:00 +0200", "2024-04-01 10:10:00 +0200", "600"),
    (STEP_TYPE, "iPhone", "2024-04-01 23:50:00 +0200", "2024-04-02 00:10:00 +0200", "400"),
    (STEP_TYPE, "iPhone", "2024-04-02 12:00:00 +0200", "2024-04-02 12:05:00 +0200", "250"),
    (STEP_TYPE, "iPhone", "2024-04-03 23:30:00 -0500", "2024-04-03 23:40:00 -0500", "800"),
    (RESTING_TYPE, "Apple Watch", "2024-03-30 07:00:00 +0100", "2024-03-30 07:00:00 +0100", "58"),
    (RESTING_TYPE, "Apple Watch", "2024-03-31 07:00:00 +0200", "2024-03-31 07:00:00 +0200", "60"),
]


def apple_record(kind: str, source: str, start: str, end: str, value: str) -> str:
    unit = "count" if kind == STEP_TYPE else "count/min"
    return (
        f' <Record type="{kind}" sourceName="{source}" sourceVersion="17.4"'
        f' device="&lt;&lt;HKDevice: 0x280&gt;, name:{source}&gt;" unit="{unit}"'
        f' creationDate="{end}" startDate="{start}" endDate="{end}" value="{value}">\n'
        f'  <MetadataEntry key="HKMetadataKeySyncVersion" value="2"/>\n'
        " </Record>\n"
    )


def apple_xml_text() -> str:
    return APPLE_HEAD + "".join(apple_record(*r) for r in APPLE_RECORDS) + APPLE_TAIL


def apple_health_xml(folder: Path, name: str = "export.xml") -> Path:
    path = folder / name
    path.write_text(apple_xml_text(), encoding="utf-8")
    return path


def apple_health_zip(folder: Path) -> Path:
    path = folder / "export.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("apple_health_export/export.xml", apple_xml_text())
        archive.writestr("apple_health_export/export_cda.xml", "<ClinicalDocument/>")
    return path


def apple_health_big(path: Path, records: int, start: date = date(2016, 1, 1)) -> dict[date, int]:
    """A large export (the benchmark): ``records`` step records over the years, two sources,
    written as a stream. Returns the expected daily totals."""
    expected: dict[date, int] = {}
    per_day = 48  # a record every half hour from the phone, and some from the watch
    with path.open("w", encoding="utf-8") as out:
        out.write(APPLE_HEAD)
        written = 0
        day = start
        while written < records:
            totals = {"iPhone": 0, "Apple Watch": 0}
            for slot in range(per_day):
                if written >= records:
                    break
                moment = datetime(day.year, day.month, day.day, tzinfo=ZONE) + timedelta(
                    minutes=30 * slot
                )
                stamp = moment.strftime("%Y-%m-%d %H:%M:%S %z")
                value = 10 + (written * 7919) % 90
                source = "Apple Watch" if slot % 4 == 0 else "iPhone"
                out.write(apple_record(STEP_TYPE, source, stamp, stamp, str(value)))
                totals[source] += value
                written += 1
            expected[day] = max(totals.values())
            day += timedelta(days=1)
        out.write(APPLE_TAIL)
    return expected


# --- Gadgetbridge --------------------------------------------------------------------------


def _stamp(day: date, hour: int, minute: int) -> int:
    return int(datetime(day.year, day.month, day.day, hour, minute, tzinfo=ZONE).timestamp())


def gadgetbridge(folder: Path, name: str = "Gadgetbridge") -> Path:
    """A Gadgetbridge export: two bands, per-minute samples in the user's zone (Amsterdam)."""
    path = folder / name
    db = sqlite3.connect(path)
    db.executescript(
        """
        CREATE TABLE DEVICE (_id INTEGER PRIMARY KEY, NAME TEXT NOT NULL, MANUFACTURER TEXT,
            IDENTIFIER TEXT, TYPE INTEGER);
        CREATE TABLE MI_BAND_ACTIVITY_SAMPLE (TIMESTAMP INTEGER NOT NULL, DEVICE_ID INTEGER
            NOT NULL, USER_ID INTEGER, RAW_INTENSITY INTEGER, STEPS INTEGER, RAW_KIND INTEGER,
            HEART_RATE INTEGER, PRIMARY KEY (TIMESTAMP, DEVICE_ID)) WITHOUT ROWID;
        CREATE TABLE XIAOMI_ACTIVITY_SAMPLE (TIMESTAMP INTEGER NOT NULL, DEVICE_ID INTEGER
            NOT NULL, USER_ID INTEGER, STEPS INTEGER, HEART_RATE INTEGER,
            PRIMARY KEY (TIMESTAMP, DEVICE_ID)) WITHOUT ROWID;
        CREATE TABLE BATTERY_LEVEL (TIMESTAMP INTEGER, DEVICE_ID INTEGER, LEVEL INTEGER);
        INSERT INTO DEVICE VALUES (1, 'Mi Band 6', 'Xiaomi', 'C8:0F:10:00:00:01', 1);
        INSERT INTO DEVICE VALUES (2, 'Redmi Watch 3', 'Xiaomi', 'C8:0F:10:00:00:02', 2);
        """
    )
    band, watch = [], []
    d30, d31, a1, a2, a3 = sorted(EXPECTED)
    band += [(_stamp(d30, 9, 0), 1, 500, 0), (_stamp(d30, 17, 0), 1, 700, 0)]
    watch += [(_stamp(d30, 9, 0), 2, 1500, 0)]
    band += [(_stamp(d31, 1, 30), 1, 300, 0), (_stamp(d31, 3, 30), 1, 900, 0)]
    band += [(_stamp(a1, 10, 0), 1, 600, 0), (_stamp(a1, 23, 59), 1, 400, 0)]
    band += [(_stamp(a2, 12, 0), 1, 250, 0), (_stamp(a3, 23, 0), 1, 800, 0)]
    band += [(_stamp(a2, 13, 0), 1, -1, 0)]  # "no count": never subtracted
    # Heart rate: 0 and 255 are "no reading"; 40 calm minutes at 58 on the 30th.
    band += [(_stamp(d30, 3, m), 1, 0, 58) for m in range(40)]
    band += [(_stamp(d30, 4, m), 1, 0, 0) for m in range(30)]
    band += [(_stamp(d30, 5, m), 1, 0, 255) for m in range(30)]
    band += [(_stamp(d31, 4, m), 1, 0, 60) for m in range(45)]
    band += [(_stamp(d31, 12, m), 1, 0, 95) for m in range(5)]
    db.executemany(
        "INSERT INTO MI_BAND_ACTIVITY_SAMPLE (TIMESTAMP, DEVICE_ID, USER_ID, RAW_INTENSITY,"
        " STEPS, RAW_KIND, HEART_RATE) VALUES (?, ?, 1, 10, ?, 1, ?)",
        band,
    )
    db.executemany(
        "INSERT INTO XIAOMI_ACTIVITY_SAMPLE (TIMESTAMP, DEVICE_ID, USER_ID, STEPS, HEART_RATE)"
        " VALUES (?, ?, 1, ?, ?)",
        watch,
    )
    db.commit()
    db.close()
    return path


# --- Google Fit ----------------------------------------------------------------------------

FIT_HEADER = "Date,Move Minutes count,Calories (kcal),Distance (m),Heart Points,Step count\n"


def google_fit_csv(folder: Path, name: str = "Daily activity metrics.csv") -> Path:
    path = folder / name
    lines = [FIT_HEADER]
    for day, steps in sorted(EXPECTED.items()):
        lines.append(f"{day.isoformat()},12,1650.5,{steps * 0.7:.1f},4,{steps}\n")
    lines.append(f"{date(2024, 4, 2).isoformat()},12,1650.5,175.0,4,250\n")  # the same day again
    lines.append(f"{date(2024, 4, 4).isoformat()},0,1500.0,,0,\n")  # nothing counted
    path.write_text("\ufeff" + "".join(lines), encoding="utf-8")
    return path


def google_fit_takeout(folder: Path) -> Path:
    path = folder / "takeout-20240405T100000Z-001.zip"
    inner = folder / "inner"
    inner.mkdir(exist_ok=True)
    text = google_fit_csv(inner).read_text(encoding="utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Takeout/archive_browser.html", "<html></html>")
        archive.writestr("Takeout/Fit/Daily activity metrics/Daily activity metrics.csv", text)
        archive.writestr(
            "Takeout/Fit/Daily activity metrics/2024-04-01.csv",
            "Start time,End time,Move Minutes count,Step count\n"
            "10:00:00.000+02:00,10:15:00.000+02:00,5,600\n"
            "23:45:00.000+02:00,00:00:00.000+02:00,5,400\n",
        )
    return path


# --- Fitbit --------------------------------------------------------------------------------


def _fitbit_time(day: date, hour: int, minute: int) -> str:
    return f"{day:%m/%d/%y} {hour:02d}:{minute:02d}:00"


def fitbit_folder(folder: Path) -> Path:
    """Takeout's Fitbit folder: steps per minute in local time, one file a month."""
    target = folder / "Fitbit" / "Global Export Data"
    target.mkdir(parents=True)
    d30, d31, a1, a2, a3 = sorted(EXPECTED)
    march = [
        (d30, 9, 0, 1000),
        (d30, 17, 0, 500),
        (d31, 1, 30, 300),
        (d31, 3, 30, 900),
        (d31, 3, 30, 900),  # a duplicate
    ]
    april = [(a1, 10, 0, 600), (a1, 23, 59, 400), (a2, 12, 0, 250), (a3, 23, 30, 800)]
    april.append((d31, 3, 30, 900))  # the same minute again, in the next file
    for name, rows in (("steps-2024-03-01.json", march), ("steps-2024-04-01.json", april)):
        entries = [{"dateTime": _fitbit_time(d, h, m), "value": str(v)} for d, h, m, v in rows]
        (target / name).write_text(json.dumps(entries), encoding="utf-8")
    resting = [
        {"dateTime": _fitbit_time(d, 0, 0), "value": {"date": f"{d:%m/%d/%y}", "value": v}}
        for d, v in [*EXPECTED_HEART.items(), (date(2024, 4, 1), 0)]  # 0: not measured
    ]
    (target / "resting_heart_rate-2024-03-01.json").write_text(json.dumps(resting), "utf-8")
    (target / "sleep-2024-03-01.json").write_text("[]", encoding="utf-8")
    # The same shape as steps, and a heart rate a few seconds apart: neither is steps.
    distance = [{"dateTime": _fitbit_time(d30, 9, 0), "value": "75000"}]
    (target / "distance-2024-03-01.json").write_text(json.dumps(distance), "utf-8")
    pulse = [{"dateTime": _fitbit_time(d30, 9, 0), "value": {"bpm": 72, "confidence": 2}}]
    (target / "heart_rate-2024-03-30.json").write_text(json.dumps(pulse), "utf-8")
    return folder / "Fitbit"


# --- Garmin --------------------------------------------------------------------------------


def garmin_json(folder: Path) -> Path:
    path = folder / "UDSFile_2024-03-01_2024-06-09.json"
    days = [
        {
            "userProfilePK": 1234,
            "calendarDate": day.isoformat(),
            "totalSteps": steps,
            "restingHeartRate": EXPECTED_HEART.get(day),
            "totalKilocalories": 1800.0,
        }
        for day, steps in sorted(EXPECTED.items())
    ]
    days.append({"calendarDate": "2024-04-04", "totalSteps": None})
    path.write_text(json.dumps(days), encoding="utf-8")
    return path


def garmin_zip(folder: Path) -> Path:
    path = folder / "garmin-export.zip"
    text = garmin_json(folder).read_text(encoding="utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("DI_CONNECT/DI-Connect-User/user_profile.json", "{}")
        archive.writestr(
            "DI_CONNECT/DI-Connect-Aggregator/UDSFile_2024-03-01_2024-06-09.json", text
        )
    return path


# --- bad files -----------------------------------------------------------------------------


def damaged_zip(folder: Path) -> Path:
    path = apple_health_zip(folder)
    data = bytearray(path.read_bytes())
    middle = len(data) // 3
    data[middle : middle + 40] = b"\x00" * 40  # inside the packed export
    damaged = folder / "damaged.zip"
    damaged.write_bytes(bytes(data))
    return damaged


def cut_zip(folder: Path) -> Path:
    path = apple_health_zip(folder)
    cut = folder / "cut.zip"
    cut.write_bytes(path.read_bytes()[:-60])  # its directory at the end, gone
    return cut


def zip_bomb(folder: Path, megabytes: int = 64) -> Path:
    path = folder / "bomb.zip"
    chunk = b"\x00" * (1024 * 1024)
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive,
        archive.open("export.xml", "w") as member,
    ):
        for _ in range(megabytes):
            member.write(chunk)
    return path


def truncated_xml(folder: Path) -> Path:
    path = folder / "export.xml"
    text = apple_xml_text()
    path.write_text(text[: len(text) * 2 // 3], encoding="utf-8")
    return path


def xml_bomb(folder: Path) -> Path:
    path = folder / "export.xml"
    laughs = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(1, 10)
    ]
    path.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE HealthData [\n'
        + "\n".join(laughs)
        + '\n]>\n<HealthData locale="en">\n'
        + f' <Record type="{STEP_TYPE}" sourceName="&lol9;" startDate="2024-03-30 09:00:00'
        ' +0100" endDate="2024-03-30 09:00:00 +0100" value="1"/>\n</HealthData>\n',
        encoding="utf-8",
    )
    return path


def external_entity_xml(folder: Path) -> Path:
    path = folder / "export.xml"
    path.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE HealthData [\n'
        '<!ENTITY secret SYSTEM "file:///etc/passwd">\n]>\n'
        f'<HealthData locale="en"><Record type="{STEP_TYPE}" sourceName="&secret;"'
        ' startDate="2024-03-30 09:00:00 +0100" endDate="2024-03-30 09:00:00 +0100"'
        ' value="1"/></HealthData>\n',
        encoding="utf-8",
    )
    return path


def other_sqlite(folder: Path) -> Path:
    path = folder / "notes.db"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, TIMESTAMP INTEGER, body TEXT)")
    db.execute("INSERT INTO notes VALUES (1, 1711785600, 'not steps')")
    db.commit()
    db.close()
    return path


def csv_without_steps(folder: Path) -> Path:
    path = folder / "Daily activity metrics.csv"
    path.write_text(
        "Date,Move Minutes count,Calories (kcal)\n2024-03-30,12,1650.5\n", encoding="utf-8"
    )
    return path


def unknown_file(folder: Path) -> Path:
    path = folder / "holiday.txt"
    path.write_text("Dear diary, we walked a lot today.\n", encoding="utf-8")
    return path


MAKERS = {
    "apple-health.xml": apple_health_xml,
    "apple-health.zip": apple_health_zip,
    "gadgetbridge": gadgetbridge,
    "google-fit.csv": google_fit_csv,
    "google-fit.zip": google_fit_takeout,
    "fitbit": fitbit_folder,
    "garmin.json": garmin_json,
    "garmin.zip": garmin_zip,
}


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "step-fixtures")
    for label, make in MAKERS.items():
        place = out / label.replace(".", "-")
        place.mkdir(parents=True, exist_ok=True)
        print(make(place))
