import { lazy } from 'react';
import ChatBubbleOutlineIcon from '@mui/icons-material/ChatBubbleOutline';

const AnswerList = lazy(() => import('./AnswerList').then((m) => ({ default: m.AnswerList })));

export default {
  list: AnswerList,
  icon: ChatBubbleOutlineIcon,
  recordRepresentation: 'title',
};
