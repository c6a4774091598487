import { lazy } from 'react';
import HelpOutlineIcon from '@mui/icons-material/HelpOutline';

// Route-level code splitting: react-admin's Layout renders pages inside <Suspense>.
const UnansweredList = lazy(() => import('./UnansweredList').then((m) => ({ default: m.UnansweredList })));
const UnansweredShow = lazy(() => import('./UnansweredShow').then((m) => ({ default: m.UnansweredShow })));

export default {
  list: UnansweredList,
  show: UnansweredShow,
  icon: HelpOutlineIcon,
  recordRepresentation: 'label',
};
