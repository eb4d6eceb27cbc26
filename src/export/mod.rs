//! Writers for files other programs open: contacts as vCard (address books, Outlook)
//! and as CSV for Excel; a meeting's agenda (saksliste) and single cases as DOCX for
//! Word/LibreOffice and as Markdown (`agenda`); lists and the season summary as XLSX
//! and CSV (`sheet`, with `tables` building the sheets from the store). Pure functions
//! from rows to bytes; the caller picks the file.

pub mod agenda;
mod csv;
pub mod sheet;
pub mod tables;
mod vcard;

pub use csv::{contacts_csv, csv_field};
pub use vcard::contacts_vcard;
