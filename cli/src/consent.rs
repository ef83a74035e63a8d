//! `bouwstenen consent`: verify a consent record's hash chain and rules, and print the state of
//! its purposes at an instant.

use std::io::{self, Read, Write};

use bouwstenen::consent::{ConsentRecord, Head, Key, Location, RecordError, Timestamp};
use serde::Serialize;
use serde_json::Value;

/// The largest record `bouwstenen consent` reads, in bytes (a record of 100 000 events is about
/// 57 MB of compact JSON, 75 MB pretty-printed).
pub const MAX_RECORD_BYTES: u64 = 256 * 1024 * 1024;

/// What `bouwstenen consent verify` prints: for a valid record `valid`, `recordId`, `events`
/// and `head`; for a broken one `valid`, `head` (the last event that verified), `brokenAt`,
/// `code` and `reason`.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Report {
    valid: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    record_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    events: Option<usize>,
    head: Option<Head>,
    #[serde(skip_serializing_if = "Option::is_none")]
    broken_at: Option<Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    code: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    reason: Option<String>,
}

/// Reads a record (at most [`MAX_RECORD_BYTES`]) and verifies it. A record that is not UTF-8
/// or not JSON is broken at the header with `consent.json`; only reading can fail.
fn read_record(mut input: impl Read) -> io::Result<Result<ConsentRecord, Box<Report>>> {
    let mut bytes = Vec::new();
    input
        .by_ref()
        .take(MAX_RECORD_BYTES)
        .read_to_end(&mut bytes)?;
    if input.read(&mut [0])? != 0 {
        return Err(io::Error::new(
            io::ErrorKind::InvalidData,
            format!(
                "the record is larger than {} MiB",
                MAX_RECORD_BYTES / 1024 / 1024
            ),
        ));
    }
    Ok(match std::str::from_utf8(&bytes) {
        Ok(text) => check(text),
        Err(_) => Err(broken(
            None,
            RecordError::new(Location::Header, bouwstenen::consent::ConsentError::Json),
        )),
    })
}

/// Verifies the JSON of a record: the record, or the report of where it breaks.
fn check(text: &str) -> Result<ConsentRecord, Box<Report>> {
    let err = match ConsentRecord::from_json(text) {
        Ok(record) => return Ok(record),
        Err(err) => err,
    };
    let Ok(value) = serde_json::from_str::<Value>(text) else {
        return Err(broken(None, err));
    };
    let (head, err) = last_good_head(&value, err);
    Err(broken(head, err))
}

/// The head of the longest prefix of the events that verifies, and the first place where the
/// record breaks. The importer reads every event before it checks the header and the chain, so
/// an event that is not JSON of the format hides a break before it; importing the events before
/// the break again finds that earlier break, or the last event that verified.
fn last_good_head(value: &Value, mut err: RecordError) -> (Option<Head>, RecordError) {
    let events = value
        .get("events")
        .and_then(Value::as_array)
        .map_or(0, Vec::len);
    let mut cut = match err.location {
        Location::Event(seq) => usize::try_from(seq).unwrap_or(usize::MAX),
        Location::Head => events,
        _ => return (None, err),
    };
    loop {
        let mut prefix = value.clone();
        if let Some(map) = prefix.as_object_mut() {
            map.remove("head");
            if let Some(Value::Array(list)) = map.get_mut("events") {
                list.truncate(cut);
            }
        }
        match ConsentRecord::from_value(prefix) {
            Ok(record) => return (record.head(), err),
            Err(earlier) => {
                err = earlier;
                match earlier.location {
                    Location::Event(seq) if usize::try_from(seq).is_ok_and(|s| s < cut) => {
                        cut = usize::try_from(seq).unwrap_or(0);
                    }
                    _ => return (None, err),
                }
            }
        }
    }
}

/// The report of a broken record.
fn broken(head: Option<Head>, err: RecordError) -> Box<Report> {
    let at = match err.location {
        Location::Header => serde_json::json!({ "header": true }),
        Location::Party(i) => serde_json::json!({ "party": i }),
        Location::Notice(i) => serde_json::json!({ "notice": i }),
        Location::Event(seq) => serde_json::json!({ "event": seq }),
        Location::Head => serde_json::json!({ "head": true }),
        other => serde_json::json!({ "at": other.to_string() }),
    };
    Box::new(Report {
        valid: false,
        record_id: None,
        events: None,
        head,
        broken_at: Some(at),
        code: Some(err.code()),
        reason: Some(err.error.to_string()),
    })
}

/// Writes a JSON value and a line break.
fn write_line(value: &impl Serialize, mut output: impl Write) -> io::Result<()> {
    serde_json::to_writer(&mut output, value)?;
    output.write_all(b"\n")?;
    output.flush()
}

/// Reads a consent record in its JSON form from `input`, verifies its hash chain and every
/// rule, and writes one JSON report to `output`; returns whether the record is valid.
///
/// A valid record gives `{"valid":true,"recordId":…,"events":n,"head":{"seq":…,"hash":…}}`
/// (`head` is `null` without events). A broken one gives `{"valid":false,"head":…,
/// "brokenAt":…,"code":…,"reason":…}`: `head` is the last event that verified (or `null`),
/// `brokenAt` the first place that did not — `{"event":seq}`, `{"header":true}`,
/// `{"party":i}`, `{"notice":i}` or `{"head":true}` — with the error's stable code and message.
///
/// ```
/// use bouwstenen::consent::ConsentRecord;
///
/// let json = serde_json::to_string(&ConsentRecord::example()).unwrap();
/// let mut out = Vec::new();
/// assert!(bouwstenen_cli::verify_record(json.as_bytes(), &mut out)?);
/// let report: serde_json::Value = serde_json::from_slice(&out).unwrap();
/// assert_eq!(report["events"], 2);
/// assert_eq!(report["head"]["seq"], 1);
///
/// // The second event's hash no longer matches once its identifier is changed.
/// let tampered = json.replace("8000-000000000003", "8000-000000000009");
/// let mut out = Vec::new();
/// assert!(!bouwstenen_cli::verify_record(tampered.as_bytes(), &mut out)?);
/// let report: serde_json::Value = serde_json::from_slice(&out).unwrap();
/// assert_eq!(report["brokenAt"], serde_json::json!({"event": 1}));
/// assert_eq!(report["code"], "consent.chain.hash");
/// assert_eq!(report["head"]["seq"], 0);
/// # Ok::<(), std::io::Error>(())
/// ```
///
/// # Errors
///
/// Reading or writing failed, or the input is larger than [`MAX_RECORD_BYTES`].
pub fn verify_record(input: impl Read, output: impl Write) -> io::Result<bool> {
    match read_record(input)? {
        Ok(record) => {
            let report = Report {
                valid: true,
                record_id: Some(record.header().record_id.as_str().to_owned()),
                events: Some(record.events().len()),
                head: record.head(),
                broken_at: None,
                code: None,
                reason: None,
            };
            write_line(&report, output)?;
            Ok(true)
        }
        Err(report) => {
            write_line(&report, output)?;
            Ok(false)
        }
    }
}

/// Reads a consent record in its JSON form from `input`, verifies it, and writes the state of
/// `purpose` at `at` to `output` as one JSON line (`purposeId`, `at`, `dpvStatus`, `since`,
/// `validUntil`, `basedOn`, `validForProcessing`), or without `purpose` one line per purpose of
/// the record, in the order of its notices. Returns `true` when it did.
///
/// When the record is not valid, the report of [`verify_record`] goes to `errors`; when it has
/// no such purpose, `{"code":"consent.purpose.unknown","message":…}` does; nothing is written
/// to `output` then.
///
/// ```
/// use bouwstenen::consent::ConsentRecord;
///
/// let json = serde_json::to_string(&ConsentRecord::example()).unwrap();
/// let purpose = "nieuwsbrief-wegenwerken".parse().unwrap();
/// let at = "2026-03-01T00:00:00Z".parse().unwrap();
/// let mut out = Vec::new();
/// assert!(bouwstenen_cli::record_states(json.as_bytes(), Some(&purpose), &at, &mut out, std::io::sink())?);
/// let state: serde_json::Value = serde_json::from_slice(&out).unwrap();
/// assert_eq!(state["dpvStatus"], "dpv:ConsentGiven");
/// assert_eq!(state["validForProcessing"], true);
/// # Ok::<(), std::io::Error>(())
/// ```
///
/// # Errors
///
/// Reading or writing failed, or the input is larger than [`MAX_RECORD_BYTES`].
pub fn record_states(
    input: impl Read,
    purpose: Option<&Key>,
    at: &Timestamp,
    mut output: impl Write,
    errors: impl Write,
) -> io::Result<bool> {
    let record = match read_record(input)? {
        Ok(record) => record,
        Err(report) => {
            write_line(&report, errors)?;
            return Ok(false);
        }
    };
    let states = match purpose {
        Some(purpose) => match record.state_at(purpose, at) {
            Ok(state) => vec![state],
            Err(err) => {
                let problem = serde_json::json!({ "code": err.code(), "message": err.to_string() });
                write_line(&problem, errors)?;
                return Ok(false);
            }
        },
        None => record.states_at(at),
    };
    for state in &states {
        serde_json::to_writer(&mut output, state)?;
        output.write_all(b"\n")?;
    }
    output.flush()?;
    Ok(true)
}

/// Reads the instant of `bouwstenen consent state --at`: an RFC 3339 instant, in UTC (`Z`) or
/// with an offset (converted to UTC), or `now` (the system clock, in UTC).
///
/// ```
/// let at = bouwstenen_cli::parse_instant("2026-03-01T01:00:00+01:00").unwrap();
/// assert_eq!(at.as_str(), "2026-03-01T00:00:00.000Z");
/// assert_eq!(bouwstenen_cli::parse_instant("2026-03-01T00:00:00Z").unwrap().as_str(), "2026-03-01T00:00:00Z");
/// assert!(bouwstenen_cli::parse_instant("now").is_ok());
/// assert!(bouwstenen_cli::parse_instant("2026-03-01").is_err());
/// ```
///
/// # Errors
///
/// A message when the text is none of these.
pub fn parse_instant(text: &str) -> Result<Timestamp, String> {
    if text == "now" {
        let now = chrono::DateTime::<chrono::Utc>::from(std::time::SystemTime::now());
        return Ok(Timestamp::from_instant(now));
    }
    if let Ok(at) = text.parse::<Timestamp>() {
        return Ok(at);
    }
    chrono::DateTime::parse_from_rfc3339(text)
        .map(|at| Timestamp::from_instant(at.with_timezone(&chrono::Utc)))
        .map_err(|_| {
            "expected an RFC 3339 instant such as 2026-03-01T00:00:00Z, or `now`".to_owned()
        })
}
