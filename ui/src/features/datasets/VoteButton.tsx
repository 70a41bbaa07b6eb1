import { useState } from 'react';
import { Button, Tooltip } from '@mui/material';
import ThumbUpIcon from '@mui/icons-material/ThumbUp';
import ThumbUpOutlinedIcon from '@mui/icons-material/ThumbUpOutlined';
import { api } from '../../api/client';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useLoad } from '../../components/useLoad';
import type { AssetCollection } from './api';

interface Votes {
  count: number;
  upvoted: boolean;
}

/** Up-votes of an asset with the caller's own: click to up-vote, click again to take it back. */
export function VoteButton({ collection, uri }: { collection: AssetCollection; uri: string }) {
  const path = `/api/v1/votes/${collection}/${uri}`;
  const state = useLoad(() => api.get<Votes>(path), [path]);
  const [votes, setVotes] = useState<Votes>();
  const [error, setError] = useState<unknown>(null);
  const shown = votes ?? state.data;
  if (state.error) return <ProblemAlert error={state.error} />;
  const toggle = async () => {
    setError(null);
    try {
      setVotes(shown?.upvoted ? await api.del<Votes>(path) : await api.put<Votes>(path));
    } catch (failure) {
      setError(failure);
    }
  };
  return (
    <>
      <Tooltip describeChild title={shown?.upvoted ? 'Take back my up-vote' : 'Up-vote'}>
        <Button variant="outlined" onClick={toggle} disabled={!shown} aria-pressed={shown?.upvoted ?? false}
          startIcon={shown?.upvoted ? <ThumbUpIcon /> : <ThumbUpOutlinedIcon />}>
          {shown ? `${shown.count} up-vote${shown.count === 1 ? '' : 's'}` : 'Up-votes'}
        </Button>
      </Tooltip>
      <ProblemAlert error={error} />
    </>
  );
}
