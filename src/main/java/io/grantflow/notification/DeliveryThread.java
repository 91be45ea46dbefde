package io.grantflow.notification;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * This node's mail delivery thread: passes of {@link MailDelivery} while there is work, then a wait of
 * poll-interval or until a new message is committed. It is the only thread that talks to the mail server.
 * Off with grantflow.notification.delivery-thread=false (the tests drive deliveries themselves).
 */
@Component
class DeliveryThread implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeliveryThread.class);

    private final MailDelivery delivery;
    private final NotificationProperties properties;
    private final Semaphore wake = new Semaphore(0);
    private volatile Thread thread;

    DeliveryThread(MailDelivery delivery, NotificationProperties properties) {
        this.delivery = delivery;
        this.properties = properties;
    }

    /** Wakes the thread once the caller's transaction has committed (at once without one). */
    void wakeAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    wake.release();
                }
            });
        } else {
            wake.release();
        }
    }

    private void run() {
        while (thread == Thread.currentThread()) {
            try {
                if (delivery.deliverDue().taken() > 0) {
                    continue;
                }
            } catch (RuntimeException e) {
                log.warn("Mail delivery pass failed, next one in {}: {}", properties.pollInterval(), e.getMessage());
            }
            try {
                wake.tryAcquire(properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                wake.drainPermits();
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    @Override
    public void start() {
        if (properties.deliveryThread()) {
            Thread t = new Thread(this::run, "mail-delivery");
            t.setDaemon(true);
            thread = t;
            t.start();
        }
    }

    @Override
    public void stop() {
        Thread t = thread;
        thread = null;
        if (t != null) {
            t.interrupt(); // a wait ends at once; an SMTP conversation ends at its timeout, the daemon thread with the JVM
        }
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }
}
