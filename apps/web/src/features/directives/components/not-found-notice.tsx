import { Link } from '@tanstack/react-router';
import { buttonClasses } from '@/components/ui';
import { useDocumentTitle } from '@/lib/use-document-title';

type NotFoundNoticeProps = { title: string; body: string; back: { to: '/directives' | '/assignments'; label: string } };

/** For records that do not exist and records outside the person's scope alike: the API does not tell them apart. */
export function NotFoundNotice({ title, body, back }: NotFoundNoticeProps) {
  useDocumentTitle(title);
  return (
    <div className="mx-auto max-w-lg py-10 text-center">
      <p className="text-sm font-semibold tracking-wide text-teal-800">404</p>
      <h1 className="mt-2 text-2xl font-semibold text-navy-900">{title}</h1>
      <p className="mt-2 text-slate-700">{body}</p>
      <Link to={back.to} className={buttonClasses('primary', 'md', 'mt-6')}>
        {back.label}
      </Link>
    </div>
  );
}
