'use client'

import { Button } from '@payloadcms/ui'
import { useState } from 'react'

type State = 'idle' | 'saving' | 'done' | 'failed'

/** "Tijden vandaag gecontroleerd" on the start page: records today's check without opening the huiskamer. */
export function HoursCheckedButton({ locationId, name }: { locationId: number; name: string }) {
  const [state, setState] = useState<State>('idle')
  const confirm = async () => {
    setState('saving')
    const response = await fetch(`/api/locations/${locationId}`, {
      method: 'PATCH',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ hoursCheckedAt: new Date().toISOString() }),
    }).catch(() => null)
    setState(response?.ok ? 'done' : 'failed')
  }
  if (state === 'done') return <span role="status">Vandaag gecontroleerd. Dank je!</span>
  return (
    <>
      <Button buttonStyle="secondary" size="small" disabled={state === 'saving'} onClick={confirm} aria-label={`Tijden van ${name} vandaag gecontroleerd`}>
        Tijden vandaag gecontroleerd
      </Button>
      {state === 'failed' && <span role="alert">Dat lukte niet. Staat de huiskamer open bij iemand anders? Probeer het zo opnieuw.</span>}
    </>
  )
}
