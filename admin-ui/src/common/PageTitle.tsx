import { useEffect } from 'react';
import { Title, useTranslate } from 'react-admin';

/** Text for react-admin's app-bar title that also sets document.title. */
export function DocTitleText({ text }: { text: string }) {
  const translate = useTranslate();
  const appName = translate('app.name');
  useEffect(() => {
    document.title = text ? `${text} – ${appName}` : appName;
  }, [text, appName]);
  return <>{text}</>;
}

/** Page title: shown in the app bar (an h1) and as the document title. */
export function PageTitle({ text }: { text: string }) {
  return <Title title={<DocTitleText text={text} />} />;
}
