'use client'

import { Button, FieldDescription, FieldLabel, useField } from '@payloadcms/ui'
import type { DateFieldClientComponent } from 'payload'

const dateFormat = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' })

/** "Tijden vandaag gecontroleerd": one click records that a coordinator confirmed the opening hours. */
export const HoursCheckedField: DateFieldClientComponent = ({ field, path }) => {
  const { value, setValue } = useField<string | null>({ potentiallyStalePath: path })
  return (
    <div className="field-type" style={{ marginBottom: 24 }}>
      <FieldLabel label={field.label} path={path} />
      <p>{value ? dateFormat.format(new Date(value)) : 'Nog niet gecontroleerd'}</p>
      <Button buttonStyle="secondary" size="small" onClick={() => setValue(new Date().toISOString())}>
        Tijden vandaag gecontroleerd
      </Button>
      <FieldDescription description={field.admin?.description} path={path} />
    </div>
  )
}
