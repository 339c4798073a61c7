import { Link } from '@/components/ui/Link'
import type { ReactNode } from 'react'

const styles = {
  primary: 'bg-brand text-white hover:bg-brand-strong hover:text-white',
  secondary: 'border-2 border-brand bg-surface text-brand hover:bg-brand-soft',
}

/** A link that looks like a button: large tap target, clear label. */
export function ButtonLink({
  href,
  children,
  variant = 'primary',
}: {
  href: string
  children: ReactNode
  variant?: keyof typeof styles
}) {
  return (
    <Link
      href={href}
      className={`inline-flex min-h-tap items-center rounded-md px-5 py-2 font-semibold no-underline ${styles[variant]}`}
    >
      {children}
    </Link>
  )
}
