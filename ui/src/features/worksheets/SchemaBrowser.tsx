import { useState } from 'react';
import {
  Box, Chip, Collapse, IconButton, InputAdornment, List, ListItem, ListItemButton, ListItemText, ListSubheader,
  TextField, Tooltip, Typography,
} from '@mui/material';
import SearchIcon from '@mui/icons-material/Search';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import TableChartIcon from '@mui/icons-material/TableChartOutlined';
import { EmptyState } from '../../components/EmptyState';
import type { ColumnNode, SchemaNode, SchemaTree, TableNode } from './api';

/** A name as SQL needs it: as is when plain, else in double quotes. */
const identifier = (name: string) => /^[a-z_][a-z0-9_]*$/.test(name) ? name : `"${name.replace(/"/g, '""')}"`;

/** The schema and table (and column) names that contain the filter; all of a schema or table whose name does. */
function filtered(schema: SchemaNode, term: string): SchemaNode | null {
  if (!term || schema.name.toLowerCase().includes(term)) return schema;
  const tables = schema.tables.flatMap((table) => {
    if (table.name.toLowerCase().includes(term)) return [table];
    const columns = table.columns.filter((column) => column.name.toLowerCase().includes(term));
    return columns.length ? [{ ...table, columns }] : [];
  });
  return tables.length ? { ...schema, tables } : null;
}

/**
 * The environments, schemas, tables and columns the worksheet's team may query. A click on a table or column puts
 * its name at the editor's cursor.
 */
export function SchemaBrowser({ tree, onInsert }: { tree: SchemaTree; onInsert: (text: string) => void }) {
  const [filter, setFilter] = useState('');
  const [collapsedSchemas, setCollapsedSchemas] = useState<Set<string>>(new Set());
  const [openTables, setOpenTables] = useState<Set<string>>(new Set());
  const term = filter.trim().toLowerCase();
  const toggle = (set: Set<string>, key: string) => {
    const next = new Set(set);
    if (!next.delete(key)) next.add(key);
    return next;
  };
  const environments = tree.environments
    .map((environment) => ({ ...environment, schemas: environment.schemas.flatMap((schema) => filtered(schema, term) ?? []) }))
    .filter((environment) => environment.schemas.length > 0);

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', minHeight: 0, height: '100%' }}>
      <Box sx={{ p: 1 }}>
        <TextField size="small" fullWidth placeholder="Filter tables, columns" value={filter}
          onChange={(event) => setFilter(event.target.value)}
          slotProps={{ input: { startAdornment: <InputAdornment position="start"><SearchIcon fontSize="small" /></InputAdornment> },
            htmlInput: { 'aria-label': 'Filter tables and columns' } }} />
      </Box>
      {environments.length === 0 ? (
        <EmptyState title={term ? `Nothing matches “${filter.trim()}”` : 'No tables to query'}>
          {!term && `Team ${tree.team} has no tables of its own and reads none through shares yet.`}
        </EmptyState>
      ) : (
        <List dense aria-label="Schema browser" sx={{ overflow: 'auto', flexGrow: 1 }}>
          {environments.map((environment) => (
            <li key={environment.uri}>
              <List dense disablePadding>
                <ListSubheader sx={{ lineHeight: '32px' }}>{environment.name ?? environment.uri}</ListSubheader>
                {environment.schemas.map((schema) => {
                  const open = !!term || !collapsedSchemas.has(schema.name);
                  return (
                    <Box key={schema.name}>
                      <ListItemButton onClick={() => setCollapsedSchemas((set) => toggle(set, schema.name))}
                        aria-expanded={open}>
                        {open ? <ExpandMoreIcon fontSize="small" /> : <ChevronRightIcon fontSize="small" />}
                        <ListItemText sx={{ ml: 0.5, minWidth: 0 }} primary={schema.name} title={schema.name}
                          slotProps={{ primary: { noWrap: true } }}
                          secondary={schema.datasetName !== schema.name ? `Dataset ${schema.datasetName}` : undefined} />
                        {schema.shared && (
                          <Tooltip title="Read through a share">
                            <Chip size="small" color="info" variant="outlined" label="Shared" sx={{ flexShrink: 0, ml: 0.5 }} />
                          </Tooltip>
                        )}
                      </ListItemButton>
                      <Collapse in={open} unmountOnExit>
                        {schema.tables.map((table) => (
                          <TableItem key={table.uri} table={table} open={!!term || openTables.has(table.uri)}
                            onToggle={() => setOpenTables((set) => toggle(set, table.uri))} onInsert={onInsert} />
                        ))}
                      </Collapse>
                    </Box>
                  );
                })}
              </List>
            </li>
          ))}
        </List>
      )}
    </Box>
  );
}

function TableItem({ table, open, onToggle, onInsert }: {
  table: TableNode;
  open: boolean;
  onToggle: () => void;
  onInsert: (text: string) => void;
}) {
  const [schema, name] = table.qualifiedName.split('.');
  return (
    <>
      <ListItem disablePadding secondaryAction={
        <IconButton edge="end" size="small" aria-label={`${open ? 'Hide' : 'Show'} columns of ${table.name}`}
          aria-expanded={open} onClick={onToggle}>
          {open ? <ExpandMoreIcon fontSize="small" /> : <ChevronRightIcon fontSize="small" />}
        </IconButton>
      }>
        <Tooltip title={table.description || 'Insert at the cursor'} placement="right" describeChild>
          <ListItemButton sx={{ pl: 3 }} onClick={() => onInsert(`${identifier(schema)}.${identifier(name)}`)}>
            <TableChartIcon fontSize="small" sx={{ mr: 1, color: 'text.secondary' }} />
            <ListItemText primary={table.name} secondary={table.dataFilter && `Filtered: ${table.dataFilter}`} />
          </ListItemButton>
        </Tooltip>
      </ListItem>
      <Collapse in={open} unmountOnExit>
        <List dense disablePadding aria-label={`Columns of ${table.name}`}>
          {table.columns.map((column) => <ColumnItem key={column.name} column={column} onInsert={onInsert} />)}
        </List>
      </Collapse>
    </>
  );
}

function ColumnItem({ column, onInsert }: { column: ColumnNode; onInsert: (text: string) => void }) {
  return (
    <ListItemButton sx={{ pl: 7, py: 0 }} onClick={() => onInsert(identifier(column.name))}>
      <ListItemText
        primary={<>
          {column.name}{' '}
          <Typography component="span" variant="caption" color="text.secondary" sx={{ ml: 1, fontFamily: 'monospace' }}>
            {column.type}{column.partition && ' · partition'}
          </Typography>
        </>}
        secondary={column.description} />
    </ListItemButton>
  );
}
