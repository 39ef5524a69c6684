/** One export file /teach/ lists, in our words. */
export interface ExportFile {
  /** Site-relative path of the endpoint. */
  path: '/graph.json' | '/graph.argdown' | '/graph.aif.json' | '/claims.csv';
  /** What it holds. */
  what: string;
  /** The tools that open it. */
  opens: string;
}

/** The exports for argument-mapping tools, as /teach/ lists them (its sizes are measured at build). */
export const EXPORT_FILES: readonly ExportFile[] = [
  { path: '/graph.json', what: 'The graph itself: the question, the essays, every claim with its exact words, and every relation with our notes.', opens: 'Any programming language; a browser shows it as text.' },
  { path: '/graph.argdown', what: 'Argdown: one statement per claim, titled by its id, with supports (+>) and rebuttals (->), one section per essay; our notes are comments.', opens: 'The Argdown editor or the Argdown extension for VS Code (argdown.org), which draw it as a map.' },
  { path: '/graph.aif.json', what: 'AIF-JSON (Argument Interchange Format): an I-node per claim, an RA-node per support, a CA-node per rebuttal, and locutions naming each author.', opens: 'OVA (the Online Visualisation of Argument tool) and AIFdb, from the Centre for Argument Technology.' },
  { path: '/claims.csv', what: 'One row per claim: id, essay, author, kind, exact words, links, and the ids it supports, rebuts, is supported by and is rebutted by.', opens: 'Any spreadsheet (Excel, LibreOffice, Google Sheets) or data tool.' },
];
