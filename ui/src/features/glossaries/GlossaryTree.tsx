import { useState } from 'react';
import { Collapse, IconButton, List, ListItemButton, ListItemIcon, ListItemText } from '@mui/material';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import MenuBookIcon from '@mui/icons-material/MenuBook';
import FolderIcon from '@mui/icons-material/FolderOutlined';
import LabelIcon from '@mui/icons-material/LabelOutlined';
import type { GlossaryNode, NodeKind } from './api';

const ICONS: Record<NodeKind, React.ReactNode> = {
  GLOSSARY: <MenuBookIcon fontSize="small" />,
  CATEGORY: <FolderIcon fontSize="small" />,
  TERM: <LabelIcon fontSize="small" />,
};

/** The glossary as a tree of nested lists, all open at first; the selected node is highlighted. */
export function GlossaryTree({ root, selected, onSelect }: {
  root: GlossaryNode;
  selected: string;
  onSelect: (node: GlossaryNode) => void;
}) {
  return (
    <List dense aria-label="Categories and terms" role="tree">
      <TreeNode node={root} depth={0} selected={selected} onSelect={onSelect} />
    </List>
  );
}

function TreeNode({ node, depth, selected, onSelect }: {
  node: GlossaryNode;
  depth: number;
  selected: string;
  onSelect: (node: GlossaryNode) => void;
}) {
  const [open, setOpen] = useState(true);
  const hasChildren = node.children.length > 0;
  return (
    <>
      <ListItemButton role="treeitem" aria-expanded={hasChildren ? open : undefined} aria-selected={node.uri === selected}
        selected={node.uri === selected} onClick={() => onSelect(node)} sx={{ pl: 1 + depth * 2.5 }}>
        <IconButton size="small" aria-label={open ? `Collapse ${node.name}` : `Expand ${node.name}`}
          sx={{ visibility: hasChildren ? 'visible' : 'hidden', mr: 0.5 }}
          onClick={(event) => {
            event.stopPropagation();
            setOpen(!open);
          }}>
          {open ? <ExpandMoreIcon fontSize="small" /> : <ChevronRightIcon fontSize="small" />}
        </IconButton>
        <ListItemIcon sx={{ minWidth: 28 }}>{ICONS[node.kind]}</ListItemIcon>
        <ListItemText primary={node.name} />
      </ListItemButton>
      {hasChildren && (
        <Collapse in={open} role="group">
          {node.children.map((child) => (
            <TreeNode key={child.uri} node={child} depth={depth + 1} selected={selected} onSelect={onSelect} />
          ))}
        </Collapse>
      )}
    </>
  );
}
