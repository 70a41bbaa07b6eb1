/**
 * SQL worksheets (guide 5.1): a team's saved SQL, run in a query sandbox over exactly the tables the team may read
 * (its datasets' tables, and those shared with it through their data filters), with typed results kept for a day,
 * paged and downloadable, and the team's query history. Nothing here is for other modules.
 */
package io.lakegate.worksheet;
